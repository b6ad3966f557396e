package dev.touchpoint.agent.advice;

import dev.touchpoint.agent.matching.ClassModel;
import dev.touchpoint.agent.matching.PlannedMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodTooLargeException;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * Weaves the planned methods of one class file, with the ASM that Byte Buddy ships. The class keeps
 * its shape (no field or method is added, so a loaded class can be retransformed too), every other
 * method is copied as it was, and nothing is loaded: no stack map frame has to be computed, only
 * extended.
 */
public final class AdviceWeaver {

  /** The oldest class file the woven code fits in: Java 7's, the first with invokedynamic, which it links through. */
  public static final int OLDEST_MAJOR_VERSION = 51;

  private AdviceWeaver() {}

  /** A class file as woven, and the planned methods woven into it. */
  public record Woven(byte[] classFile, List<PlannedMethod> methods) {}

  /**
   * Weaves what fits: a planned method whose code would outgrow the JVM's limit on a method's code
   * once woven is left out and handed to {@code tooLarge}, and the class is woven again without it.
   * Null when no planned method fits. Any other failure is thrown: the class cannot be woven at all.
   */
  public static Woven weaveWhatFits(byte[] classFile, List<PlannedMethod> plan, Consumer<PlannedMethod> tooLarge) {
    List<PlannedMethod> remaining = new ArrayList<>(plan);
    while (!remaining.isEmpty()) {
      try {
        return new Woven(weave(classFile, remaining), List.copyOf(remaining));
      } catch (MethodTooLargeException tooLong) {
        PlannedMethod culprit = remaining.stream()
            .filter(method -> method.methodName().equals(tooLong.getMethodName())
                && method.descriptor().equals(tooLong.getDescriptor()))
            .findFirst().orElseThrow(() -> tooLong); // not a planned method's doing
        remaining.remove(culprit);
        tooLarge.accept(culprit);
      }
    }
    return null;
  }

  /**
   * The methods of {@code plan} that fit once woven, each one that would not handed to
   * {@code tooLarge}: for a build tool that weaves through visitors of its own and cannot take a
   * method back once it is woven. A trial weaving runs only when a method's code is long enough
   * for its woven form to come near the JVM's limit.
   */
  public static List<PlannedMethod> thatFit(byte[] classFile, List<PlannedMethod> plan, Consumer<PlannedMethod> tooLarge) {
    MethodCodes codes = MethodCodes.read(new ClassReader(classFile));
    boolean surelyFits = plan.stream().allMatch(method -> {
      MethodCodes.Code code = codes.of(method.methodName(), method.descriptor());
      return code != null && code.length() <= SURELY_FITS;
    });
    if (surelyFits) {
      return plan;
    }
    Woven woven = weaveWhatFits(classFile, plan, tooLarge);
    return woven == null ? List.of() : woven.methods();
  }

  /**
   * The longest code that surely fits once woven, with no branch that would need a wide jump. Weaving
   * adds at most 8 bytes before each return (a return is 1 byte), 3 bytes of padding before each
   * switch (at least 9 bytes) and 32 bytes around the whole: at most 9 times the code, plus 32,
   * which stays within a signed 16-bit branch offset for code up to this length.
   */
  static final int SURELY_FITS = (Short.MAX_VALUE - 32) / 9;

  /** Why {@code method} of {@code className} is left out, and what its author can do about it. */
  public static String tooLargeReason(String className, PlannedMethod method) {
    return className + "." + method.methodName() + method.descriptor() + ": its code would exceed the JVM's limit of"
        + " 65535 bytes with the touchpoint woven in (split it into smaller methods to instrument it)";
  }

  /** {@code classFile} with each of {@code plan}'s methods woven. */
  public static byte[] weave(byte[] classFile, List<PlannedMethod> plan) {
    ClassReader reader = new ClassReader(classFile);
    ClassWriter writer = new ClassWriter(reader, 0);
    reader.accept(weaving(writer, classFile, plan), READER_FLAGS);
    return writer.toByteArray();
  }

  /** How the class must be read for {@link #weaving}: frames expanded, so advice can extend them. */
  public static final int READER_FLAGS = ClassReader.EXPAND_FRAMES;

  /**
   * A visitor that weaves {@code plan}'s methods of {@code classFile} on their way to {@code next}:
   * the agent's weaving, for a build tool that drives the class through visitors of its own.
   * {@code classFile} is read for each planned method's local slots; the class visited must be the
   * same, read with {@link #READER_FLAGS}.
   */
  public static ClassVisitor weaving(ClassVisitor next, byte[] classFile, List<PlannedMethod> plan) {
    Map<String, PlannedMethod> planned = new HashMap<>();
    for (PlannedMethod method : plan) {
      planned.put(method.methodName() + method.descriptor(), method);
    }
    MethodCodes codes = MethodCodes.read(new ClassReader(classFile));
    return new ClassVisitor(ClassModel.ASM_API, next) {
      private String owner;

      @Override
      public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        owner = name;
        super.visit(version, access, name, signature, superName, interfaces);
      }

      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
        PlannedMethod plannedMethod = planned.get(name + descriptor);
        MethodCodes.Code code = codes.of(name, descriptor); // none for a method with no code to weave around
        return plannedMethod == null || method == null || code == null ? method
            : new MethodAdvice(method, owner, access, descriptor, plannedMethod, code.maxLocals());
      }
    };
  }
}
