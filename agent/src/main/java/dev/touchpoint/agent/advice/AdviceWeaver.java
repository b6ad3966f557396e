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
    Map<String, Integer> maxLocals = maxLocals(new ClassReader(classFile), planned);
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
        return plannedMethod == null || method == null ? method
            : new MethodAdvice(method, owner, access, descriptor, plannedMethod, maxLocals.get(name + descriptor));
      }
    };
  }

  /** Each planned method's own number of local slots: the woven call's local goes after them. */
  private static Map<String, Integer> maxLocals(ClassReader reader, Map<String, PlannedMethod> planned) {
    Map<String, Integer> maxLocals = new HashMap<>();
    reader.accept(new ClassVisitor(ClassModel.ASM_API) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        String key = name + descriptor;
        if (!planned.containsKey(key)) {
          return null;
        }
        return new MethodVisitor(ClassModel.ASM_API) {
          @Override
          public void visitMaxs(int maxStack, int locals) {
            maxLocals.put(key, locals);
          }
        };
      }
    }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return maxLocals;
  }
}
