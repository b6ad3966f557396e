package dev.touchpoint.agent.matching;

/**
 * One method the agent will instrument, and how: the advice to use and the declaration to link it
 * to, written as the constant the runtime's bootstrap reads.
 *
 * @param kind a touchpoint, a recovery path or a control
 * @param returnsStage whether the method returns a {@code CompletionStage}: the call ends when it completes
 * @param encodedDeclaration the declaration as {@code DeclarationCodec} writes it
 * @param source where the declaration came from, for the debug log
 */
public record PlannedMethod(
    String methodName,
    String descriptor,
    Kind kind,
    boolean returnsStage,
    String encodedDeclaration,
    String source) {

  /** What the call is, which decides the advice and the runtime entry it links to. */
  public enum Kind { TOUCHPOINT, RECOVERY, CONTROL }
}
