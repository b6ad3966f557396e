package dev.touchpoint.agent.matching;

import dev.touchpoint.agent.AgentLog;
import dev.touchpoint.agent.config.ConfiguredPath;
import dev.touchpoint.agent.config.ConfiguredTouchpoint;
import dev.touchpoint.agent.matching.ClassModel.MethodModel;
import dev.touchpoint.agent.matching.PlannedMethod.Kind;
import dev.touchpoint.declaration.ControlDeclaration;
import dev.touchpoint.declaration.DeclarationCodec;
import dev.touchpoint.declaration.RecoveryDeclaration;
import dev.touchpoint.declaration.TouchpointDeclaration;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.jar.asm.Type;

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
  public List<PlannedMethod> plan(ClassModel type, ClassLoader loader) {
    return plan(type, loader, views.of(loader));
  }

  /**
   * The methods of {@code type} to instrument, as {@code view} shows its loader: for a caller that
   * knows what the loader holds, such as a build whose experience maps are still being written.
   */
  public List<PlannedMethod> plan(ClassModel type, ClassLoader loader, LoaderView view) {
    List<MappedMethod> mapped = view.mapped(type.binaryName());
    List<PlannedMethod> plan = new ArrayList<>();
    AnnotatedMethods annotated = null;
    for (MethodModel method : type.methods()) {
      if (!method.isInstrumentable()) {
        continue;
      }
      PlannedMethod planned = fromMap(mapped, method, loader);
      if (planned == null && mapped.isEmpty() && view.seesAnnotations()) {
        annotated = annotated != null ? annotated : new AnnotatedMethods(type, loader);
        planned = fromAnnotations(annotated, type, method, loader);
      }
      if (planned == null) {
        planned = fromFile(type, method, loader);
      }
      if (planned != null) {
        plan.add(planned);
      }
    }
    return List.copyOf(plan);
  }

  private static PlannedMethod fromMap(List<MappedMethod> mapped, MethodModel method, ClassLoader loader) {
    for (MappedMethod entry : mapped) {
      if (entry.methodName().equals(method.name()) && entry.descriptor().equals(method.descriptor())) {
        return planned(method, loader, entry.touchpoint(), entry.recovery(), entry.control(), "experience map");
      }
    }
    return null;
  }

  private static PlannedMethod fromAnnotations(AnnotatedMethods annotated, ClassModel type, MethodModel method,
      ClassLoader loader) {
    TouchpointDeclaration touchpoint = annotated.touchpoint(method);
    RecoveryDeclaration recovery = annotated.recovery(method);
    ControlDeclaration control = annotated.control(method);
    int kinds = (touchpoint != null ? 1 : 0) + (recovery != null ? 1 : 0) + (control != null ? 1 : 0);
    if (kinds > 1) {
      AgentLog.warnOnce("kinds:" + type.binaryName() + "." + method.name(), type.binaryName() + "." + method.name()
          + " is marked as more than one of @Touchpoint, @Recovery and @Control; it is instrumented as the first");
    }
    return planned(method, loader, touchpoint, recovery, control, "annotations");
  }

  private PlannedMethod fromFile(ClassModel type, MethodModel method, ClassLoader loader) {
    String className = type.binaryName();
    List<String> parameters = null;
    for (ConfiguredTouchpoint entry : configured) {
      parameters = parameters != null ? parameters : parameterTypes(method);
      if (entry.matches(className, method.name(), parameters)) {
        return planned(method, loader, entry.declarationFor(className, type.nameInDefaults(), method.name(),
            method.descriptor()), null, null, entry.origin());
      }
    }
    for (ConfiguredPath entry : configuredPaths) {
      parameters = parameters != null ? parameters : parameterTypes(method);
      if (entry.matches(className, method.name(), parameters)) {
        String name = entry.nameFor(type.nameInDefaults(), method.name());
        return entry.recovery()
            ? planned(method, loader, null, new RecoveryDeclaration(name, className, method.name(), method.descriptor()), null, entry.origin())
            : planned(method, loader, null, null, new ControlDeclaration(name, className, method.name(), method.descriptor()), entry.origin());
      }
    }
    return null;
  }

  /** The plan for the first declaration given, touchpoint before recovery before control; null for none. */
  private static PlannedMethod planned(MethodModel method, ClassLoader loader, TouchpointDeclaration touchpoint,
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
    return new PlannedMethod(method.name(), method.descriptor(), kind,
        StageTypes.returnsStage(loader, method.descriptor()), encoded, source);
  }

  /** The parameter types as the touchpoints file names them: {@code java.lang.String}, {@code int}, {@code com.shop.Outer.Inner}. */
  private static List<String> parameterTypes(MethodModel method) {
    List<String> names = new ArrayList<>();
    for (Type parameter : Type.getArgumentTypes(method.descriptor())) {
      names.add(parameter.getClassName().replace('$', '.'));
    }
    return names;
  }
}
