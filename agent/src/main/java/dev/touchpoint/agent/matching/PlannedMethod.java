package dev.touchpoint.agent.matching;

/**
 * One method the agent will instrument, and how: the advice to use and the declaration to link it
 * to, written as the constant the runtime's bootstrap reads.
 *
 * @param recovery whether this is a {@code @Recovery} path rather than a touchpoint
 * @param returnsStage whether the method returns a {@code CompletionStage}: the call ends when it completes
 * @param encodedDeclaration the declaration as {@code DeclarationCodec} writes it
 * @param source where the declaration came from, for the debug log
 */
public record PlannedMethod(
    String methodName,
    String descriptor,
    boolean recovery,
    boolean returnsStage,
    String encodedDeclaration,
    String source) {}
