package dev.touchpoint.weaver;

import dev.touchpoint.agent.it.HugeClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Writes {@code legacy.Old}: a class compiled for Java 6, as an old library jar still holds them,
 * with one touchpoint. Woven code links through invokedynamic, which such a class file cannot hold.
 */
final class JavaSixClass {

  private JavaSixClass() {}

  /** Writes the class file under {@code classes}; returns it. */
  static Path writeInto(Path classes) throws IOException {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V1_6, Opcodes.ACC_PUBLIC, "legacy/Old", null, "java/lang/Object", null);
    MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "serve", "()V", null, null);
    HugeClass.annotateTouchpoint(method, "legacy.serve");
    method.visitCode();
    method.visitInsn(Opcodes.RETURN);
    method.visitMaxs(0, 0);
    method.visitEnd();
    writer.visitEnd();
    return Files.write(Files.createDirectories(classes.resolve("legacy")).resolve("Old.class"), writer.toByteArray());
  }
}
