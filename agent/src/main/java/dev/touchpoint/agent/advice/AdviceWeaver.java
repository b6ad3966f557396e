package dev.touchpoint.agent.advice;

import dev.touchpoint.agent.matching.ClassModel;
import dev.touchpoint.agent.matching.PlannedMethod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * Weaves the planned methods of one class file, with the ASM that Byte Buddy ships. The class keeps
 * its shape (no field or method is added, so a loaded class can be retransformed too), every other
 * method is copied as it was, and nothing is loaded: no stack map frame has to be computed, only
 * extended.
 */
public final class AdviceWeaver {

  private AdviceWeaver() {}

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
