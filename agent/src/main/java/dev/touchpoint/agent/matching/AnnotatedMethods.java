package dev.touchpoint.agent.matching;

import dev.touchpoint.agent.AgentLog;
import dev.touchpoint.declaration.ControlDeclaration;
import dev.touchpoint.declaration.DeclaredPromise;
import dev.touchpoint.declaration.LatencyBound;
import dev.touchpoint.declaration.PromiseLevels;
import dev.touchpoint.declaration.RecoveryDeclaration;
import dev.touchpoint.declaration.TouchpointDeclaration;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.annotation.AnnotationList;
import net.bytebuddy.description.enumeration.EnumerationDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.PackageDescription;
import net.bytebuddy.description.type.TypeDescription;

/**
 * Reads {@code @Touchpoint}, {@code @Recovery} and {@code @BrandPromise} from a class that no
 * experience map names (it was compiled without the processor), from its class file: the class
 * is not loaded and no annotation instance is created. Promise levels merge exactly as the
 * processor merges them. The agent is lenient where the processor is strict: a bad bound is
 * dropped with a warning rather than failing anything.
 */
final class AnnotatedMethods {

  static final String TOUCHPOINT = "dev.touchpoint.Touchpoint";
  static final String RECOVERY = "dev.touchpoint.Recovery";
  static final String CONTROL = "dev.touchpoint.Control";
  private static final String BRAND_PROMISE = "dev.touchpoint.BrandPromise";
  private static final String BRAND_PROMISES = "dev.touchpoint.BrandPromises";

  private AnnotatedMethods() {}

  /** The touchpoint {@code method} of {@code type} declares, or null when it has no {@code @Touchpoint}. */
  static TouchpointDeclaration touchpoint(TypeDescription type, MethodDescription method) {
    AnnotationDescription touchpoint = find(method.getDeclaredAnnotations(), TOUCHPOINT);
    if (touchpoint == null) {
      return null;
    }
    String name = optional(touchpoint, "value");
    PromiseLevels.Merged promises = PromiseLevels.merge(promiseLevels(type, method));
    if (!promises.undefinedOnMethod().isEmpty()) {
      AgentLog.warnOnce("undefined-promise:" + type.getName() + "." + method.getName(),
          type.getName() + "." + method.getName() + " names promises " + promises.undefinedOnMethod()
              + " without a bound that its class and package do not define; they are kept without a bound");
    }
    return new TouchpointDeclaration(
        name != null ? name : type.getSimpleName() + "." + method.getName(),
        touchpoint.getValue("serves").resolve(EnumerationDescription.class).getValue(),
        optional(touchpoint, "customer"),
        optional(touchpoint, "journey"),
        optional(touchpoint, "owner"),
        promises.inForce(),
        type.getName(),
        method.getName(),
        method.getDescriptor());
  }

  /** The recovery path {@code method} declares, or null when it has no {@code @Recovery}. */
  static RecoveryDeclaration recovery(TypeDescription type, MethodDescription method) {
    AnnotationDescription recovery = find(method.getDeclaredAnnotations(), RECOVERY);
    if (recovery == null) {
      return null;
    }
    String name = optional(recovery, "value");
    return new RecoveryDeclaration(name != null ? name : type.getSimpleName() + "." + method.getName(),
        type.getName(), method.getName(), method.getDescriptor());
  }

  /** The control {@code method} declares, or null when it has no {@code @Control}. */
  static ControlDeclaration control(TypeDescription type, MethodDescription method) {
    AnnotationDescription control = find(method.getDeclaredAnnotations(), CONTROL);
    if (control == null) {
      return null;
    }
    String name = optional(control, "value");
    return new ControlDeclaration(name != null ? name : type.getSimpleName() + "." + method.getName(),
        type.getName(), method.getName(), method.getDescriptor());
  }

  /** The method's, then each enclosing type's from the innermost out, then the package's. */
  private static List<List<DeclaredPromise>> promiseLevels(TypeDescription type, MethodDescription method) {
    List<List<DeclaredPromise>> levels = new ArrayList<>();
    levels.add(promises(method.getDeclaredAnnotations(), method.toString()));
    for (TypeDescription enclosing = type; enclosing != null; enclosing = enclosing.getEnclosingType()) {
      levels.add(promises(enclosing.getDeclaredAnnotations(), enclosing.getName()));
    }
    PackageDescription pkg = type.getPackage();
    levels.add(pkg == null ? List.of() : promises(pkg.getDeclaredAnnotations(), pkg.getName()));
    return levels;
  }

  private static List<DeclaredPromise> promises(AnnotationList annotations, String where) {
    List<AnnotationDescription> declared = new ArrayList<>();
    AnnotationDescription single = find(annotations, BRAND_PROMISE);
    if (single != null) {
      declared.add(single);
    }
    AnnotationDescription container = find(annotations, BRAND_PROMISES);
    if (container != null) {
      declared.addAll(List.of(container.getValue("value").resolve(AnnotationDescription[].class)));
    }
    List<DeclaredPromise> promises = new ArrayList<>();
    for (AnnotationDescription promise : declared) {
      String name = optional(promise, "value");
      String within = optional(promise, "within");
      if (name == null) {
        continue;
      }
      if (within != null && !LatencyBound.isValid(within)) {
        AgentLog.warnOnce("bound:" + where + ":" + name, "@BrandPromise(\"" + name + "\") on " + where
            + " has within = \"" + within + "\", which is not a latency bound (" + LatencyBound.ACCEPTED_FORMS
            + "); the promise is dropped");
        continue;
      }
      List<String> tolerates = new ArrayList<>();
      for (TypeDescription exception : promise.getValue("tolerates").resolve(TypeDescription[].class)) {
        tolerates.add(exception.getName());
      }
      promises.add(new DeclaredPromise(name, within == null ? null : within.strip(), tolerates));
    }
    return promises;
  }

  /** The attribute's text, or null when empty or blank. */
  private static String optional(AnnotationDescription annotation, String attribute) {
    String value = annotation.getValue(attribute).resolve(String.class);
    return value == null || value.isBlank() ? null : value;
  }

  private static AnnotationDescription find(AnnotationList annotations, String typeName) {
    for (AnnotationDescription annotation : annotations) {
      if (annotation.getAnnotationType().getName().equals(typeName)) {
        return annotation;
      }
    }
    return null;
  }
}
