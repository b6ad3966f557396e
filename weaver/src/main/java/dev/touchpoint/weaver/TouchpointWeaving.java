package dev.touchpoint.weaver;

import dev.touchpoint.agent.advice.AdviceWeaver;
import dev.touchpoint.agent.matching.ClassModel;
import dev.touchpoint.agent.matching.LoaderView;
import dev.touchpoint.agent.matching.LoaderViews;
import dev.touchpoint.agent.matching.PlannedMethod;
import dev.touchpoint.agent.matching.TypePlanner;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.build.BuildLogger;
import net.bytebuddy.build.Plugin;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.field.FieldList;
import net.bytebuddy.description.method.MethodList;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.pool.TypePool;

/**
 * Weaves touchpoints into an application's compiled classes at build time, as a Byte Buddy build
 * plugin: {@code byte-buddy-maven-plugin} or {@code byte-buddy-gradle-plugin} runs it after javac.
 * It plans each class exactly as the Touchpoint agent does, from the annotations in its class file,
 * and weaves it with the agent's own weaving, in place: private, static and final methods
 * included, no field or method added, nothing at the call sites changed.
 *
 * <p>A woven class is marked, so weaving it again is a no-op and the agent leaves it alone. A class
 * javac compiles afresh (its annotations changed) carries no mark and is woven afresh. A method
 * whose code would be too large for the JVM once woven is left as javac wrote it, with one warning
 * in the build's log; the rest of its class is woven.
 */
public final class TouchpointWeaving implements Plugin {

  /** Where the processor writes the experience map, in the classes folder. */
  static final String EXPERIENCE_MAP = "META-INF/touchpoint/experience-map.json";

  private final TypePlanner planner = new TypePlanner(new LoaderViews(), List.of(), List.of());
  private final BuildLogger log;
  /** The classes folder being woven, when the build tool says; null when it does not. */
  private final File classes;
  private final AtomicInteger woven = new AtomicInteger();

  /** Byte Buddy's Maven and Gradle plugins hand over their build's log. */
  public TouchpointWeaving(BuildLogger log) {
    this(log, null);
  }

  /**
   * byte-buddy-maven-plugin also hands over the folder it weaves, where the processor must have
   * written the experience map: without it, the processor did not run, and the build says so.
   */
  public TouchpointWeaving(BuildLogger log, File classes) {
    this.log = log;
    this.classes = classes;
  }

  private static final Set<String> INSTRUMENTED = Set.of(
      "dev.touchpoint.Touchpoint", "dev.touchpoint.Recovery", "dev.touchpoint.Control");

  /** Classes with a method annotated to be instrumented; every other class is left as javac wrote it. */
  @Override
  public boolean matches(TypeDescription type) {
    for (MethodDescription method : type.getDeclaredMethods()) {
      for (AnnotationDescription annotation : method.getDeclaredAnnotations()) {
        if (INSTRUMENTED.contains(annotation.getAnnotationType().getName())) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder, TypeDescription type, ClassFileLocator classFiles) {
    byte[] classFile;
    try {
      classFile = classFiles.locate(type.getName()).resolve();
    } catch (IOException unreadable) {
      throw new IllegalStateException("cannot read the class file of " + type.getName(), unreadable);
    }
    ClassModel model = ClassModel.read(classFile);
    if (model.isWoven()) {
      return builder;
    }
    if (model.majorVersion() < AdviceWeaver.OLDEST_MAJOR_VERSION) {
      log.warn("Touchpoint did not weave " + type.getName() + ": it is compiled for Java " + (model.majorVersion() - 44)
          + ", older than the Java 7 that woven code needs; it runs uninstrumented (compile it for Java 7 or later)");
      return builder;
    }
    // Planned from the annotations in the class files: they are what this build's experience map is made of.
    List<PlannedMethod> plan = planner.plan(model, new ClassFileView(classFiles), LoaderView.annotationsOnly());
    if (plan.isEmpty()) {
      return builder;
    }
    // Byte Buddy writes the class, so a method that would outgrow the JVM's limit is left out before.
    List<PlannedMethod> fitting = AdviceWeaver.thatFit(classFile, plan, tooLarge -> log.warn(
        "Touchpoint did not weave " + AdviceWeaver.tooLargeReason(type.getName(), tooLarge) + "; it runs"
            + " uninstrumented, and the rest of " + type.getName() + " is woven"));
    if (fitting.isEmpty()) {
      return builder;
    }
    woven.incrementAndGet();
    return builder.visit(new Weaving(classFile, fitting));
  }

  /**
   * Touchpoints woven into a folder the processor wrote no experience map into: the processor did
   * not run, so nothing checked the annotations and the experience map is missing. One warning.
   */
  @Override
  public void close() {
    if (classes != null && classes.isDirectory() && woven.get() > 0 && !new File(classes, EXPERIENCE_MAP).isFile()) {
      log.warn("Touchpoint wove " + woven.get() + (woven.get() == 1 ? " class" : " classes") + " in " + classes
          + ", but the Touchpoint processor did not run for them: their annotations were not checked and no"
          + " experience map was written. Add dev.touchpoint:touchpoint-processor to maven-compiler-plugin's"
          + " annotationProcessorPaths, with -Atouchpoint.weave=true (README, quick start)");
    }
  }

  /** The agent's weaving, as Byte Buddy applies visitors: over the class as it was compiled. */
  private static final class Weaving extends AsmVisitorWrapper.AbstractBase {

    private final byte[] classFile;
    private final List<PlannedMethod> plan;

    Weaving(byte[] classFile, List<PlannedMethod> plan) {
      this.classFile = classFile;
      this.plan = plan;
    }

    @Override
    public int mergeReader(int flags) {
      return flags | AdviceWeaver.READER_FLAGS;
    }

    @Override
    public ClassVisitor wrap(TypeDescription instrumentedType, ClassVisitor next, Implementation.Context context,
        TypePool typePool, FieldList<FieldDescription.InDefinedShape> fields, MethodList<?> methods,
        int writerFlags, int readerFlags) {
      ClassVisitor marking = new ClassVisitor(ClassModel.ASM_API, next) {
        @Override
        public void visitEnd() {
          super.visitAnnotation(ClassModel.WOVEN, false).visitEnd();
          super.visitEnd();
        }
      };
      return AdviceWeaver.weaving(marking, classFile, plan);
    }
  }
}
