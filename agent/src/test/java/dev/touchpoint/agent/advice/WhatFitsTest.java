package dev.touchpoint.agent.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.agent.advice.shapes.Shapes;
import dev.touchpoint.agent.it.HugeClass;
import dev.touchpoint.agent.matching.PlannedMethod;
import dev.touchpoint.agent.matching.PlannedMethod.Kind;
import dev.touchpoint.declaration.DeclarationCodec;
import dev.touchpoint.declaration.TouchpointDeclaration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build tool asks before it weaves: which planned methods fit once woven. It reads each
 * method's code header from the class file's structure, and weaves on trial only where a method is
 * long enough to come near the JVM's limit.
 */
class WhatFitsTest {

  @Test
  void eachMethodsCodeHeaderIsReadPastFieldsInterfacesAndAttributes() {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "sizes/Sizes", "Ljava/lang/Object;Ljava/lang/Runnable;",
        "java/lang/Object", new String[] {"java/lang/Runnable", "java/io/Serializable"});
    writer.visitSource("Sizes.java", null);
    writer.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, "LIMIT", "I", null, 42).visitEnd();
    writer.visitField(Opcodes.ACC_PRIVATE, "names", "Ljava/util/List;", "Ljava/util/List<Ljava/lang/String;>;", null)
        .visitAnnotation("Ljava/lang/Deprecated;", true).visitEnd();
    method(writer, "run", "()V", 10, 1, true);
    method(writer, "run", "(I)V", 300, 7, false);
    writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "later", "()V", null, null).visitEnd();
    writer.visitEnd();

    MethodCodes codes = MethodCodes.read(new ClassReader(writer.toByteArray()));

    assertThat(codes.of("run", "()V")).isEqualTo(new MethodCodes.Code(1, 11));
    assertThat(codes.of("run", "(I)V")).isEqualTo(new MethodCodes.Code(7, 301));
    assertThat(codes.of("later", "()V")).as("an abstract method has no code").isNull();
    assertThat(codes.of("missing", "()V")).isNull();
  }

  @Test
  void localSlotsAgreeWithAsmOnClassesJavacWrote() throws Exception {
    byte[] classFile = AdviceWeaverTest.classFile(Shapes.class);
    Map<String, Integer> asmLocals = new HashMap<>();
    new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        return new MethodVisitor(Opcodes.ASM9) {
          @Override
          public void visitMaxs(int maxStack, int maxLocals) {
            asmLocals.put(name + descriptor, maxLocals);
          }
        };
      }
    }, 0);

    MethodCodes codes = MethodCodes.read(new ClassReader(classFile));

    assertThat(asmLocals).hasSizeGreaterThan(10);
    asmLocals.forEach((method, locals) -> {
      MethodCodes.Code code = codes.of(method.substring(0, method.indexOf('(')), method.substring(method.indexOf('(')));
      assertThat(code).as(method).isNotNull();
      assertThat(code.maxLocals()).as(method).isEqualTo(locals);
      assertThat(code.length()).as(method).isPositive();
    });
  }

  @Test
  void ordinaryMethodsFitWithNoTrial() throws Exception {
    byte[] classFile = AdviceWeaverTest.classFile(Shapes.class);
    List<PlannedMethod> plan = List.of(touchpoint("manyReturns", "(I)Ljava/lang/String;"),
        touchpoint("throwsThrough", "(I)I"));
    List<PlannedMethod> tooLarge = new ArrayList<>();

    assertThat(AdviceWeaver.thatFit(classFile, plan, tooLarge::add)).isSameAs(plan);
    assertThat(tooLarge).isEmpty();
  }

  @Test
  void aMethodThatWouldOutgrowTheLimitIsLeftOutAndNamed(@TempDir Path classes) throws Exception {
    HugeClass.writeInto(classes);
    byte[] classFile = Files.readAllBytes(classes.resolve("huge/Huge.class"));
    PlannedMethod big = touchpoint("big", "()V");
    PlannedMethod fits = touchpoint("fits", "()V");
    List<PlannedMethod> tooLarge = new ArrayList<>();

    assertThat(AdviceWeaver.thatFit(classFile, List.of(big, fits), tooLarge::add)).containsExactly(fits);
    assertThat(tooLarge).containsExactly(big);
  }

  /**
   * The worst code for its length: nothing but one-byte returns, each of which gets the widest
   * end call woven before it (the call's local beyond slot 255 needs a wide load). At the longest
   * length that skips the trial, the woven code still fits a signed 16-bit branch offset.
   */
  @Test
  void theLongestCodeThatSkipsTheTrialFitsEvenWhenEveryByteIsAReturn() {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V1_6, Opcodes.ACC_PUBLIC, "sizes/Returns", null, "java/lang/Object", null);
    method(writer, "returns", "()V", AdviceWeaver.SURELY_FITS - 1, 300, false);
    writer.visitEnd();
    byte[] classFile = writer.toByteArray();
    List<PlannedMethod> plan = List.of(new PlannedMethod("returns", "()V", Kind.TOUCHPOINT, false,
        DeclarationCodec.encode(declaration("returns", "()V")), "test"));
    assertThat(MethodCodes.read(new ClassReader(classFile)).of("returns", "()V").length())
        .isEqualTo(AdviceWeaver.SURELY_FITS);

    assertThat(AdviceWeaver.thatFit(classFile, plan, method -> {})).isSameAs(plan);
    byte[] woven = AdviceWeaver.weave(classFile, plan);

    int wovenLength = MethodCodes.read(new ClassReader(woven)).of("returns", "()V").length();
    assertThat(wovenLength).isGreaterThan(7 * AdviceWeaver.SURELY_FITS).isLessThanOrEqualTo(Short.MAX_VALUE);
  }

  /** A method of {@code extra} returns (or no-ops) and a final return: its code is {@code extra + 1} bytes. */
  private static void method(ClassWriter writer, String name, String descriptor, int extra, int maxLocals, boolean nops) {
    MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC, name, descriptor, null,
        new String[] {"java/io/IOException"});
    method.visitAnnotation("Ljava/lang/Deprecated;", true).visitEnd();
    method.visitCode();
    for (int i = 0; i < extra; i++) {
      method.visitInsn(nops ? Opcodes.NOP : Opcodes.RETURN);
    }
    method.visitInsn(Opcodes.RETURN);
    method.visitMaxs(1, maxLocals);
    method.visitEnd();
  }

  private static PlannedMethod touchpoint(String name, String descriptor) {
    return new PlannedMethod(name, descriptor, Kind.TOUCHPOINT, false, DeclarationCodec.encode(declaration(name, descriptor)),
        "test");
  }

  private static TouchpointDeclaration declaration(String name, String descriptor) {
    return new TouchpointDeclaration("sizes." + name, "INTERNAL", null, null, null, List.of(), "sizes.Sizes", name,
        descriptor);
  }
}
