package dev.touchpoint.agent.matching;

import dev.touchpoint.agent.AgentLog;
import dev.touchpoint.agent.matching.ClassModel.MethodModel;
import dev.touchpoint.declaration.ControlDeclaration;
import dev.touchpoint.declaration.DeclaredPromise;
import dev.touchpoint.declaration.LatencyBound;
import dev.touchpoint.declaration.PromiseLevels;
import dev.touchpoint.declaration.RecoveryDeclaration;
import dev.touchpoint.declaration.TouchpointDeclaration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code @Touchpoint}, {@code @Recovery}, {@code @Control} and {@code @BrandPromise} from a
 * class that no experience map names (it was compiled without the processor), from its class file
 * and those of its enclosing classes and package: nothing is loaded and no annotation instance is
 * created. Promise levels merge exactly as the processor merges them. The agent is lenient where
 * the processor is strict: a bad bound is dropped with a warning rather than failing anything.
 *
 * <p>One reads one type: the promises its methods inherit (from the type, its enclosing classes and
 * its package) are read once, when the first touchpoint asks, however many touchpoints it has.
 */
final class AnnotatedMethods {

  static final String TOUCHPOINT = "Ldev/touchpoint/Touchpoint;";
  static final String RECOVERY = "Ldev/touchpoint/Recovery;";
  static final String CONTROL = "Ldev/touchpoint/Control;";
  private static final String BRAND_PROMISE = "Ldev/touchpoint/BrandPromise;";
  private static final String BRAND_PROMISES = "Ldev/touchpoint/BrandPromises;";
  /** Nesting is shallow in real code; a malformed chain must not keep the agent busy. */
  private static final int MAX_ENCLOSING = 16;

  private final ClassModel type;
  private final ClassLoader loader;
  /** The type's, then each enclosing class's from the innermost out, then the package's; read on first use. */
  private List<List<DeclaredPromise>> inherited;

  /** Reads {@code type}'s methods; its enclosing classes and package are found through {@code loader}. */
  AnnotatedMethods(ClassModel type, ClassLoader loader) {
    this.type = type;
    this.loader = loader;
  }

  /** The touchpoint {@code method} declares, or null when it has no {@code @Touchpoint}. */
  TouchpointDeclaration touchpoint(MethodModel method) {
    AnnotationModel touchpoint = method.annotation(TOUCHPOINT);
    if (touchpoint == null) {
      return null;
    }
    String where = type.binaryName() + "." + method.name();
    String serves = touchpoint.enumName("serves");
    if (serves == null) {
      AgentLog.warnOnce("serves:" + where, where + " has @Touchpoint without 'serves'; it runs uninstrumented");
      return null;
    }
    PromiseLevels.Merged promises = PromiseLevels.merge(promiseLevels(method));
    if (!promises.undefinedOnMethod().isEmpty()) {
      AgentLog.warnOnce("undefined-promise:" + where, where + " names promises " + promises.undefinedOnMethod()
          + " without a bound that its class and package do not define; they are kept without a bound");
    }
    String name = touchpoint.text("value");
    return new TouchpointDeclaration(
        name != null ? name : defaultName(method),
        serves,
        touchpoint.text("customer"),
        touchpoint.text("journey"),
        touchpoint.text("owner"),
        promises.inForce(),
        type.binaryName(),
        method.name(),
        method.descriptor());
  }

  /** The recovery path {@code method} declares, or null when it has no {@code @Recovery}. */
  RecoveryDeclaration recovery(MethodModel method) {
    AnnotationModel recovery = method.annotation(RECOVERY);
    if (recovery == null) {
      return null;
    }
    String name = recovery.text("value");
    return new RecoveryDeclaration(name != null ? name : defaultName(method),
        type.binaryName(), method.name(), method.descriptor());
  }

  /** The control {@code method} declares, or null when it has no {@code @Control}. */
  ControlDeclaration control(MethodModel method) {
    AnnotationModel control = method.annotation(CONTROL);
    if (control == null) {
      return null;
    }
    String name = control.text("value");
    return new ControlDeclaration(name != null ? name : defaultName(method),
        type.binaryName(), method.name(), method.descriptor());
  }

  private String defaultName(MethodModel method) {
    return type.nameInDefaults() + "." + method.name();
  }

  /** The method's, then each enclosing class's from the innermost out, then the package's. */
  private List<List<DeclaredPromise>> promiseLevels(MethodModel method) {
    if (inherited == null) {
      inherited = inheritedLevels();
    }
    List<List<DeclaredPromise>> levels = new ArrayList<>(inherited.size() + 1);
    levels.add(promises(method.annotations(), type.binaryName() + "." + method.name()));
    levels.addAll(inherited);
    return levels;
  }

  private List<List<DeclaredPromise>> inheritedLevels() {
    List<List<DeclaredPromise>> levels = new ArrayList<>();
    ClassModel enclosing = type;
    for (int depth = 0; enclosing != null && depth < MAX_ENCLOSING; depth++) {
      levels.add(promises(enclosing.annotations(), enclosing.binaryName()));
      String outer = enclosing.enclosingInternalName();
      enclosing = outer == null ? null : ClassFiles.model(loader, outer);
    }
    String pkg = type.packageInternalName();
    ClassModel packageInfo = ClassFiles.model(loader, pkg.isEmpty() ? "package-info" : pkg + "/package-info");
    levels.add(packageInfo == null ? List.of() : promises(packageInfo.annotations(), pkg.replace('/', '.')));
    return List.copyOf(levels);
  }

  private static List<DeclaredPromise> promises(List<AnnotationModel> annotations, String where) {
    List<AnnotationModel> declared = new ArrayList<>();
    AnnotationModel single = ClassModel.find(annotations, BRAND_PROMISE);
    if (single != null) {
      declared.add(single);
    }
    AnnotationModel container = ClassModel.find(annotations, BRAND_PROMISES);
    if (container != null) {
      declared.addAll(container.annotations("value"));
    }
    List<DeclaredPromise> promises = new ArrayList<>();
    for (AnnotationModel promise : declared) {
      String name = promise.text("value");
      String within = promise.text("within");
      if (name == null) {
        continue;
      }
      if (within != null && !LatencyBound.isValid(within)) {
        AgentLog.warnOnce("bound:" + where + ":" + name, "@BrandPromise(\"" + name + "\") on " + where
            + " has within = \"" + within + "\", which is not a latency bound (" + LatencyBound.ACCEPTED_FORMS
            + "); the promise is dropped");
        continue;
      }
      promises.add(new DeclaredPromise(name, within == null ? null : within.strip(), promise.classNames("tolerates")));
    }
    return promises;
  }
}
