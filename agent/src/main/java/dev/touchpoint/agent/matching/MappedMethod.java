package dev.touchpoint.agent.matching;

import dev.touchpoint.declaration.ControlDeclaration;
import dev.touchpoint.declaration.RecoveryDeclaration;
import dev.touchpoint.declaration.TouchpointDeclaration;

/**
 * A method an experience map names: a touchpoint, a recovery path or a control, already resolved
 * by the processor. Exactly one of the three declarations is set.
 */
record MappedMethod(String methodName, String descriptor, TouchpointDeclaration touchpoint,
    RecoveryDeclaration recovery, ControlDeclaration control) {

  String className() {
    return touchpoint != null ? touchpoint.className() : recovery != null ? recovery.className() : control.className();
  }
}
