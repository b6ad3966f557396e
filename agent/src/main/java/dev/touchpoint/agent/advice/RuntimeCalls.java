package dev.touchpoint.agent.advice;

import dev.touchpoint.agent.matching.PlannedMethod.Kind;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * The runtime methods woven code calls, all on {@code AgentLinkage}: a bootstrap per kind of call
 * for the descriptor constant, a start per kind, and the ends. Named here once, as the class files
 * spell them.
 */
final class RuntimeCalls {

  static final String LINKAGE = "dev/touchpoint/runtime/AgentLinkage";
  static final String CALL = "dev/touchpoint/runtime/TouchpointCall";
  static final String THROWABLE = "java/lang/Throwable";
  static final String END = "(L" + CALL + ";)V";
  static final String END_ON_COMPLETION = "(Ljava/util/concurrent/CompletionStage;L" + CALL + ";)V";
  static final String FAIL = "(L" + THROWABLE + ";L" + CALL + ";)V";
  private static final String BOOTSTRAP = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
      + "Ljava/lang/invoke/MethodType;Ljava/lang/String;)Ljava/lang/invoke/CallSite;";

  private RuntimeCalls() {}

  /** The runtime's descriptor type for a kind of call. */
  static String descriptorType(Kind kind) {
    return switch (kind) {
      case TOUCHPOINT -> "dev/touchpoint/runtime/TouchpointDescriptor";
      case RECOVERY -> "dev/touchpoint/runtime/RecoveryDescriptor";
      case CONTROL -> "dev/touchpoint/runtime/ControlDescriptor";
    };
  }

  /** The bootstrap that builds a kind's descriptor once per call site. */
  static Handle bootstrap(Kind kind) {
    return new Handle(Opcodes.H_INVOKESTATIC, LINKAGE, bootstrapName(kind), BOOTSTRAP, false);
  }

  static String bootstrapName(Kind kind) {
    return switch (kind) {
      case TOUCHPOINT -> "touchpoint";
      case RECOVERY -> "recovery";
      case CONTROL -> "control";
    };
  }

  /** The start method for a kind of call. */
  static String beginName(Kind kind) {
    return switch (kind) {
      case TOUCHPOINT -> "begin";
      case RECOVERY -> "beginRecovery";
      case CONTROL -> "beginControl";
    };
  }
}
