package dev.touchpoint.agent.advice;

import dev.touchpoint.agent.matching.ClassModel;
import dev.touchpoint.agent.matching.PlannedMethod;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Weaves one method: the same calls generated code makes, around the method's own code, which is
 * left exactly as it was.
 *
 * <pre>
 *   call = AgentLinkage.begin(&lt;descriptor constant&gt;, this) // null for static; a failure leaves call null
 *   ... the method's code, with, before each return:
 *   AgentLinkage.end(call)                              // or endOnCompletion(returned, call)
 *   ... and around all of it a handler for whatever escapes:
 *   AgentLinkage.fail(thrown, call); throw thrown;
 * </pre>
 *
 * The call lives in a new local after the method's own, so no local is renumbered; every stack map
 * frame of the method gets it appended, and the two frames added describe only what their code
 * uses. The runtime methods called never throw, so the woven code needs no branches of its own.
 * Frames arrive expanded ({@code ClassReader.EXPAND_FRAMES}) and leave expanded.
 */
final class MethodAdvice extends MethodVisitor {

  private final String owner;
  private final boolean isStatic;
  private final String methodDescriptor;
  private final PlannedMethod planned;
  /** The call's local: the first slot after the method's own locals. */
  private final int callSlot;
  private final Label bodyStart = new Label();

  MethodAdvice(MethodVisitor writer, String owner, int access, String methodDescriptor, PlannedMethod planned,
      int originalMaxLocals) {
    super(ClassModel.ASM_API, writer);
    this.owner = owner;
    this.isStatic = (access & Opcodes.ACC_STATIC) != 0;
    this.methodDescriptor = methodDescriptor;
    this.planned = planned;
    this.callSlot = originalMaxLocals;
  }

  @Override
  public void visitCode() {
    super.visitCode();
    Label startTry = new Label();
    Label startCatch = new Label();
    Label startFailed = new Label();
    Label started = new Label();
    super.visitTryCatchBlock(startTry, startCatch, startFailed, RuntimeCalls.THROWABLE);
    super.visitLabel(startTry);
    String descriptorType = RuntimeCalls.descriptorType(planned.kind());
    super.visitInvokeDynamicInsn(RuntimeCalls.bootstrapName(planned.kind()), "()L" + descriptorType + ";",
        RuntimeCalls.bootstrap(planned.kind()), planned.encodedDeclaration());
    // The receiver tells the runtime that generated code around this same call on this same object
    // is this call, instrumented twice.
    if (isStatic) {
      super.visitInsn(Opcodes.ACONST_NULL);
    } else {
      super.visitVarInsn(Opcodes.ALOAD, 0);
    }
    super.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeCalls.LINKAGE, RuntimeCalls.beginName(planned.kind()),
        "(L" + descriptorType + ";Ljava/lang/Object;)L" + RuntimeCalls.CALL + ";", false);
    super.visitVarInsn(Opcodes.ASTORE, callSlot);
    super.visitLabel(startCatch);
    super.visitJumpInsn(Opcodes.GOTO, started);

    // Linking the descriptor failed (the runtime went missing): the method runs, unrecorded.
    super.visitLabel(startFailed);
    Object[] parameters = parameterFrame();
    super.visitFrame(Opcodes.F_NEW, parameters.length, parameters, 1, new Object[] {RuntimeCalls.THROWABLE});
    super.visitInsn(Opcodes.POP);
    super.visitInsn(Opcodes.ACONST_NULL);
    super.visitVarInsn(Opcodes.ASTORE, callSlot);

    super.visitLabel(started);
    Object[] withCall = withCall(parameters, parameters.length);
    super.visitFrame(Opcodes.F_NEW, withCall.length, withCall, 0, new Object[0]);
    // Keeps this frame apart from one the method's code may have at its very first instruction.
    super.visitInsn(Opcodes.NOP);
    super.visitLabel(bodyStart);
  }

  @Override
  public void visitFrame(int type, int localCount, Object[] locals, int stackCount, Object[] stack) {
    Object[] withCall = withCall(locals, localCount);
    super.visitFrame(type, withCall.length, withCall, stackCount, stack);
  }

  @Override
  public void visitInsn(int opcode) {
    if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
      if (planned.returnsStage() && opcode == Opcodes.ARETURN) {
        super.visitInsn(Opcodes.DUP);
        super.visitVarInsn(Opcodes.ALOAD, callSlot);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeCalls.LINKAGE, "endOnCompletion",
            RuntimeCalls.END_ON_COMPLETION, false);
      } else {
        super.visitVarInsn(Opcodes.ALOAD, callSlot);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeCalls.LINKAGE, "end", RuntimeCalls.END, false);
      }
    }
    super.visitInsn(opcode);
  }

  @Override
  public void visitMaxs(int maxStack, int maxLocals) {
    // Last in the exception table, so that the method's own handlers see their exceptions first.
    Label bodyEnd = new Label();
    Label escaped = new Label();
    super.visitLabel(bodyEnd);
    super.visitTryCatchBlock(bodyStart, bodyEnd, escaped, RuntimeCalls.THROWABLE);
    super.visitLabel(escaped);
    Object[] onlyCall = withCall(new Object[0], 0);
    super.visitFrame(Opcodes.F_NEW, onlyCall.length, onlyCall, 1, new Object[] {RuntimeCalls.THROWABLE});
    super.visitInsn(Opcodes.DUP);
    super.visitVarInsn(Opcodes.ALOAD, callSlot);
    super.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeCalls.LINKAGE, "fail", RuntimeCalls.FAIL, false);
    super.visitInsn(Opcodes.ATHROW);
    // Woven code needs at most three more stack slots (thrown, thrown, call) and the one new local.
    super.visitMaxs(Math.max(maxStack + 2, 3), callSlot + 1);
  }

  /** {@code locals} padded with TOP up to the call's slot, then the call. */
  private Object[] withCall(Object[] locals, int localCount) {
    List<Object> frame = new ArrayList<>(localCount + 4);
    int slots = 0;
    for (int i = 0; i < localCount; i++) {
      frame.add(locals[i]);
      slots += locals[i] == Opcodes.LONG || locals[i] == Opcodes.DOUBLE ? 2 : 1;
    }
    for (; slots < callSlot; slots++) {
      frame.add(Opcodes.TOP);
    }
    frame.add(RuntimeCalls.CALL);
    return frame.toArray();
  }

  /** The frame at the method's entry: {@code this}, then the parameters. */
  private Object[] parameterFrame() {
    List<Object> frame = new ArrayList<>();
    if (!isStatic) {
      frame.add(owner);
    }
    for (Type parameter : Type.getArgumentTypes(methodDescriptor)) {
      frame.add(switch (parameter.getSort()) {
        case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> Opcodes.INTEGER;
        case Type.FLOAT -> Opcodes.FLOAT;
        case Type.LONG -> Opcodes.LONG;
        case Type.DOUBLE -> Opcodes.DOUBLE;
        default -> parameter.getInternalName();
      });
    }
    return frame.toArray();
  }
}
