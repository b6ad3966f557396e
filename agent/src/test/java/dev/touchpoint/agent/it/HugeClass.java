package dev.touchpoint.agent.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.bytebuddy.jar.asm.AnnotationVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Writes {@code huge.Huge}: a class with two touchpoints, one of them so close to the JVM's 64 KiB
 * limit on a method's code that no advice fits into it. The agent must skip that one alone: the
 * class loads with its other touchpoint instrumented. The weaver's tests use it too.
 */
public final class HugeClass {

  private static final int CODE_BYTES = 65_520;

  private HugeClass() {}

  public static void writeInto(Path classes) throws IOException {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, "huge/Huge", null, "java/lang/Object", null);
    MethodVisitor big = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "big", "()V", null, null);
    annotateTouchpoint(big, "huge.big");
    big.visitCode();
    for (int i = 0; i < CODE_BYTES; i++) {
      big.visitInsn(Opcodes.NOP);
    }
    big.visitInsn(Opcodes.RETURN);
    big.visitMaxs(0, 0);
    big.visitEnd();
    MethodVisitor fits = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "fits", "()V", null, null);
    annotateTouchpoint(fits, "huge.fits");
    fits.visitCode();
    fits.visitInsn(Opcodes.RETURN);
    fits.visitMaxs(0, 0);
    fits.visitEnd();
    writer.visitEnd();
    Path file = Files.createDirectories(classes.resolve("huge")).resolve("Huge.class");
    Files.write(file, writer.toByteArray());
  }

  /** Puts {@code @Touchpoint(value = name, serves = EXTERNAL)} on a method being written. */
  public static void annotateTouchpoint(MethodVisitor method, String name) {
    AnnotationVisitor touchpoint = method.visitAnnotation("Ldev/touchpoint/Touchpoint;", true);
    touchpoint.visit("value", name);
    touchpoint.visitEnum("serves", "Ldev/touchpoint/CustomerKind;", "EXTERNAL");
    touchpoint.visitEnd();
  }
}
