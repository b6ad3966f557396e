package dev.touchpoint.agent.matching;

import dev.touchpoint.agent.AgentLog;
import dev.touchpoint.agent.config.ConfiguredPath;
import dev.touchpoint.agent.config.ConfiguredTouchpoint;
import dev.touchpoint.agent.matching.PlannedMethod.Kind;
import dev.touchpoint.declaration.ControlDeclaration;
import dev.touchpoint.declaration.DeclarationCodec;
import dev.touchpoint.declaration.RecoveryDeclaration;
import dev.touchpoint.declaration.TouchpointDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;

/**
 * Decides which methods of a type the agent instruments, and as what. Sources in order: the
 * experience map (the processor already checked and resolved it), the annotations of a class no
 * map names, then the touchpoints file for methods neither declares. A method is one kind of call:
 * a touchpoint, else a recovery path, else a control. Bridge, synthetic, abstract and native
 * methods and constructors are never instrumented.
 */
public final class TypePlanner {

  private final LoaderViews views;
  private final List<ConfiguredTouchpoint> configured;
  private final List<ConfiguredPath> configuredPaths;
  /** The last plan of this thread: the matcher and the transformer ask about the same type in a row. */
  private final ThreadLocal<Memo> last = new ThreadLocal<>();

  public TypePlanner(LoaderViews views, List<ConfiguredTouchpoint> configured, List<ConfiguredPath> configuredPaths) {
    this.views = views;
    this.configured = List.copyOf(configured);
    this.configuredPaths = List.copyOf(configuredPaths);
  }

  /** Whether the class named {@code binaryName} may have something to instrument: a cheap, name-only answer. */
  public boolean isCandidateName(ClassLoader loader, String binaryName) {
    if (views.of(loader).isMapped(binaryName)) {
      return true;
    }
    for (ConfiguredTouchpoint entry : configured) {
      if (entry.classPattern().matches(binaryName)) {
        return true;
      }
    }
    for (ConfiguredPath entry : configuredPaths) {
      if (entry.classPattern().matches(binaryName)) {
        return true;
      }
    }
    return false;
  }

  public LoaderView view(ClassLoader loader) {
    return views.of(loader);
  }

  /** The methods of {@code type} to instrument; empty for most types. */
  public List<PlannedMethod> plan(TypeDescription type, ClassLoader loader) {
    Memo memo = last.get();
    if (memo != null && memo.type == type && memo.loader == loader) {
      return memo.plan;
    }
    List<PlannedMethod> plan = computePlan(type, loader);
    last.set(new Memo(type, loader, plan));
    return plan;
  }

  private List<PlannedMethod> computePlan(TypeDescription type, ClassLoader loader) {
    LoaderView view = views.of(loader);
    List<MappedMethod> mapped = view.mapped(type.getName());
    List<PlannedMethod> plan = new ArrayList<>();
    for (MethodDescription.InDefinedShape method : type.getDeclaredMethods()) {
      if (!instrumentable(method)) {
        continue;
      }
      PlannedMethod planned = fromMap(mapped, method);
      if (planned == null && mapped.isEmpty() && view.seesAnnotations()) {
        planned = fromAnnotations(type, method);
      }
      if (planned == null) {
        planned = fromFile(type, method);
      }
      if (planned != null) {
        plan.add(planned);
      }
    }
    return List.copyOf(plan);
  }

  private static PlannedMethod fromMap(List<MappedMethod> mapped, MethodDescription method) {
    for (MappedMethod entry : mapped) {
      if (entry.methodName().equals(method.getName()) && entry.descriptor().equals(method.getDescriptor())) {
        return planned(method, entry.touchpoint(), entry.recovery(), entry.control(), "experience map");
      }
    }
    return null;
  }

  private static PlannedMethod fromAnnotations(TypeDescription type, MethodDescription method) {
    TouchpointDeclaration touchpoint = AnnotatedMethods.touchpoint(type, method);
    RecoveryDeclaration recovery = AnnotatedMethods.recovery(type, method);
    ControlDeclaration control = AnnotatedMethods.control(type, method);
    int kinds = (touchpoint != null ? 1 : 0) + (recovery != null ? 1 : 0) + (control != null ? 1 : 0);
    if (kinds > 1) {
      AgentLog.warnOnce("kinds:" + type.getName() + "." + method.getName(), type.getName() + "." + method.getName()
          + " is marked as more than one of @Touchpoint, @Recovery and @Control; it is instrumented as the first");
    }
    return planned(method, touchpoint, recovery, control, "annotations");
  }

  private PlannedMethod fromFile(TypeDescription type, MethodDescription method) {
    List<String> parameters = null;
    for (ConfiguredTouchpoint entry : configured) {
      parameters = parameters != null ? parameters : parameterTypes(method);
      if (entry.matches(type.getName(), method.getName(), parameters)) {
        return planned(method, entry.declarationFor(type.getName(), type.getSimpleName(), method.getName(),
            method.getDescriptor()), null, null, entry.origin());
      }
    }
    for (ConfiguredPath entry : configuredPaths) {
      parameters = parameters != null ? parameters : parameterTypes(method);
      if (entry.matches(type.getName(), method.getName(), parameters)) {
        String name = entry.nameFor(type.getSimpleName(), method.getName());
        return entry.recovery()
            ? planned(method, null, new RecoveryDeclaration(name, type.getName(), method.getName(), method.getDescriptor()), null, entry.origin())
            : planned(method, null, null, new ControlDeclaration(name, type.getName(), method.getName(), method.getDescriptor()), entry.origin());
      }
    }
    return null;
  }

  /** The plan for the first declaration given, touchpoint before recovery before control; null for none. */
  private static PlannedMethod planned(MethodDescription method, TouchpointDeclaration touchpoint,
      RecoveryDeclaration recovery, ControlDeclaration control, String source) {
    Kind kind;
    String encoded;
    if (touchpoint != null) {
      kind = Kind.TOUCHPOINT;
      encoded = DeclarationCodec.encode(touchpoint);
    } else if (recovery != null) {
      kind = Kind.RECOVERY;
      encoded = DeclarationCodec.encode(recovery);
    } else if (control != null) {
      kind = Kind.CONTROL;
      encoded = DeclarationCodec.encode(control);
    } else {
      return null;
    }
    return new PlannedMethod(method.getName(), method.getDescriptor(), kind, returnsStage(method), encoded, source);
  }

  static boolean instrumentable(MethodDescription method) {
    return method.isMethod() && !method.isAbstract() && !method.isNative()
        && !method.isSynthetic() && !method.isBridge();
  }

  private static boolean returnsStage(MethodDescription method) {
    TypeDefinition returned = method.getReturnType();
    return !returned.represents(void.class) && !returned.isPrimitive()
        && returned.asErasure().isAssignableTo(CompletionStage.class);
  }

  private static List<String> parameterTypes(MethodDescription method) {
    List<String> names = new ArrayList<>();
    for (TypeDescription parameter : method.getParameters().asTypeList().asErasures()) {
      String canonical = parameter.getCanonicalName();
      names.add(canonical != null ? canonical : parameter.getActualName());
    }
    return names;
  }

  private record Memo(TypeDescription type, ClassLoader loader, List<PlannedMethod> plan) {}
}
