package dev.touchpoint.agent.matching;

import dev.touchpoint.declaration.RecoveryDeclaration;
import dev.touchpoint.declaration.TouchpointDeclaration;

/** A method an experience map names: a touchpoint or a recovery path, already resolved by the processor. */
record MappedMethod(String methodName, String descriptor, TouchpointDeclaration touchpoint,
    RecoveryDeclaration recovery) {}
