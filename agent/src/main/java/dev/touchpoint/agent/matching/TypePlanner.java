package dev.touchpoint.agent.matching;

import dev.touchpoint.agent.config.ConfiguredTouchpoint;
import dev.touchpoint.declaration.DeclarationCodec;
import dev.touchpoint.declaration.RecoveryDeclaration;
import dev.touchpoint.declaration.TouchpointDeclaration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;

/**
 * Decides which methods of a type the agent instruments, and as what. Sources in order: the
 * experience map (the processor already checked and resolved it), the annotations of a class no
 * map names, then the touchpoints file for methods neither declares. Bridge, synthetic, abstract
 * and native methods and constructors are never instrumented.
 */
public final class TypePlanner {

  private final LoaderViews views;
  private final List<ConfiguredTouchpoint> configured;
  /** The last plan of this thread: the matcher and the transformer ask about the same type in a row. */
  private final ThreadLocal<Memo> last = new ThreadLocal<>();

  public TypePlanner(LoaderViews views, List<ConfiguredTouchpoint> configured) {
    this.views = views;
    this.configured = List.copyOf(configured);
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
    List<PlannedMethod> plan = new ArrayList<>();
    Set<String> planned = new HashSet<>();
    List<MappedMethod> mapped = view.mapped(type.getName());
    for (MethodDescription.InDefinedShape method : type.getDeclaredMethods()) {
      if (!instrumentable(method)) {
        continue;
      }
      String key = method.getName() + method.getDescriptor();
      for (MappedMethod entry : mapped) {
        if (entry.methodName().equals(method.getName()) && entry.descriptor().equals(method.getDescriptor())) {
          add(plan, planned, key, method, entry.touchpoint(), entry.recovery(), "experience map");
        }
      }
      if (mapped.isEmpty() && view.seesAnnotations()) {
        add(plan, planned, key, method, AnnotatedMethods.touchpoint(type, method),
            AnnotatedMethods.recovery(type, method), "annotations");
      }
      if (!planned.contains(key + "#touchpoint")) {
        for (ConfiguredTouchpoint entry : configured) {
          if (entry.matches(type.getName(), method.getName(), parameterTypes(method))) {
            add(plan, planned, key, method,
                entry.declarationFor(type.getName(), type.getSimpleName(), method.getName(), method.getDescriptor()),
                null, entry.origin());
            break;
          }
        }
      }
    }
    return List.copyOf(plan);
  }

  private static void add(List<PlannedMethod> plan, Set<String> planned, String key,
      MethodDescription method, TouchpointDeclaration touchpoint, RecoveryDeclaration recovery, String source) {
    boolean stage = returnsStage(method);
    if (touchpoint != null && planned.add(key + "#touchpoint")) {
      plan.add(new PlannedMethod(method.getName(), method.getDescriptor(), false, stage,
          DeclarationCodec.encode(touchpoint), source));
    }
    if (recovery != null && planned.add(key + "#recovery")) {
      plan.add(new PlannedMethod(method.getName(), method.getDescriptor(), true, stage,
          DeclarationCodec.encode(recovery), source));
    }
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
