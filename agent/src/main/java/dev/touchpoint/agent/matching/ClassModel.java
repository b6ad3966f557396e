package dev.touchpoint.agent.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.AnnotationVisitor;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * What the agent needs to know about a class, read from its class file with ASM in one pass that
 * skips every method's code: its names, the class it is nested in, its annotations and its methods'.
 * Nothing is loaded and no annotation instance is created.
 */
public final class ClassModel {

  /** ASM's API level for every visitor the agent writes. */
  public static final int ASM_API = Opcodes.ASM9;
  /**
   * The class-file-only annotation the build-time weaver marks woven classes with. No class of
   * that name exists or needs to: the JVM never resolves an invisible annotation.
   */
  public static final String WOVEN = "Ldev/touchpoint/weaver/Woven;";

  /** One method: its name, descriptor, access flags and annotations. */
  public record MethodModel(String name, String descriptor, int access, List<AnnotationModel> annotations) {

    /** A method that can be instrumented: not a constructor or initialiser, and with code of its own. */
    boolean isInstrumentable() {
      return !name.startsWith("<")
          && (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) == 0;
    }

    AnnotationModel annotation(String descriptor) {
      return find(annotations, descriptor);
    }
  }

  private String internalName;
  private int version;
  private String simpleName;
  private String enclosingInternalName;
  private final List<AnnotationModel> annotations = new ArrayList<>();
  private final List<MethodModel> methods = new ArrayList<>();

  private ClassModel() {}

  /** Reads {@code classFile}; only annotations and method signatures, never code. */
  public static ClassModel read(byte[] classFile) {
    ClassModel model = new ClassModel();
    new ClassReader(classFile).accept(model.new Reader(), ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    if (model.simpleName == null) {
      String binary = model.binaryName();
      model.simpleName = binary.substring(binary.lastIndexOf('.') + 1);
    }
    return model;
  }

  public String internalName() {
    return internalName;
  }

  public String binaryName() {
    return internalName.replace('/', '.');
  }

  /** The class file's major version: 51 is Java 7. */
  public int majorVersion() {
    return version & 0xFFFF;
  }

  /** The name in source: {@code Inner} for {@code com.shop.Outer$Inner}, empty for an anonymous class. */
  public String simpleName() {
    return simpleName;
  }

  /**
   * The class's part of a default touchpoint name ({@code SimpleName.method}): its simple name, or
   * for an anonymous class, which has none, its binary name without the package ({@code Checkout$1}).
   * Never empty, so a default name never starts with a dot.
   */
  public String nameInDefaults() {
    if (!simpleName.isEmpty()) {
      return simpleName;
    }
    String binary = binaryName();
    return binary.substring(binary.lastIndexOf('.') + 1);
  }

  /** The class this one is declared in (a member, local or anonymous class's), or null for a top-level class. */
  public String enclosingInternalName() {
    return enclosingInternalName;
  }

  /** The package's internal name, such as {@code com/shop}; empty for the unnamed package. */
  public String packageInternalName() {
    int slash = internalName.lastIndexOf('/');
    return slash < 0 ? "" : internalName.substring(0, slash);
  }

  List<AnnotationModel> annotations() {
    return annotations;
  }

  /**
   * Whether the build-time weaver has woven this class already ({@link #WOVEN}): the agent then
   * leaves it alone, and weaving it again changes nothing.
   */
  public boolean isWoven() {
    return find(annotations, WOVEN) != null;
  }

  public List<MethodModel> methods() {
    return methods;
  }

  static AnnotationModel find(List<AnnotationModel> annotations, String descriptor) {
    for (AnnotationModel annotation : annotations) {
      if (annotation.descriptor().equals(descriptor)) {
        return annotation;
      }
    }
    return null;
  }

  private final class Reader extends ClassVisitor {

    Reader() {
      super(ASM_API);
    }

    @Override
    public void visit(int classVersion, int access, String name, String signature, String superName, String[] interfaces) {
      internalName = name;
      version = classVersion;
    }

    @Override
    public void visitOuterClass(String owner, String method, String descriptor) {
      enclosingInternalName = owner; // a local or anonymous class
    }

    @Override
    public void visitInnerClass(String name, String outerName, String innerName, int access) {
      if (name.equals(internalName)) {
        simpleName = innerName == null ? "" : innerName;
        if (outerName != null) {
          enclosingInternalName = outerName; // a member class
        }
      }
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      return new AnnotationCollector(descriptor, annotations);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
      MethodModel method = new MethodModel(name, descriptor, access, new ArrayList<>());
      methods.add(method);
      return new MethodVisitor(ASM_API) {
        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
          return new AnnotationCollector(annotation, method.annotations());
        }
      };
    }
  }

  // Plain classes rather than lambdas: each lambda's first use costs the agent start-up time.

  /** Collects values: an annotation's attributes or an array's elements, nested ones included. */
  private abstract static class ValueCollector extends AnnotationVisitor {

    ValueCollector() {
      super(ASM_API);
    }

    abstract void put(String name, Object value);

    @Override
    public void visit(String name, Object value) {
      put(name, value);
    }

    @Override
    public void visitEnum(String name, String descriptor, String value) {
      put(name, new AnnotationModel.EnumValue(descriptor, value));
    }

    @Override
    public AnnotationVisitor visitAnnotation(String name, String descriptor) {
      return new NestedCollector(descriptor, name, this);
    }

    @Override
    public AnnotationVisitor visitArray(String name) {
      return new ArrayCollector(name, this);
    }
  }

  /** One annotation on a class or method. */
  private static class AnnotationCollector extends ValueCollector {
    final String descriptor;
    final Map<String, Object> values = new LinkedHashMap<>();
    private final List<AnnotationModel> target;

    AnnotationCollector(String descriptor, List<AnnotationModel> target) {
      this.descriptor = descriptor;
      this.target = target;
    }

    @Override
    void put(String name, Object value) {
      values.put(name, value);
    }

    @Override
    public void visitEnd() {
      if (target != null) {
        target.add(new AnnotationModel(descriptor, values));
      }
    }
  }

  /** An annotation inside an annotation, such as each {@code @BrandPromise} in {@code @BrandPromises}. */
  private static final class NestedCollector extends AnnotationCollector {
    private final String name;
    private final ValueCollector parent;

    NestedCollector(String descriptor, String name, ValueCollector parent) {
      super(descriptor, null);
      this.name = name;
      this.parent = parent;
    }

    @Override
    public void visitEnd() {
      parent.put(name, new AnnotationModel(descriptor, values));
    }
  }

  /** An array attribute's elements. */
  private static final class ArrayCollector extends ValueCollector {
    private final String name;
    private final ValueCollector parent;
    private final List<Object> elements = new ArrayList<>();

    ArrayCollector(String name, ValueCollector parent) {
      this.name = name;
      this.parent = parent;
    }

    @Override
    void put(String ignoredName, Object element) {
      elements.add(element);
    }

    @Override
    public void visitEnd() {
      parent.put(name, elements);
    }
  }
}
