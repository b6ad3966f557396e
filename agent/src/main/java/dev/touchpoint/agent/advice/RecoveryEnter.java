package dev.touchpoint.agent.advice;

import dev.touchpoint.runtime.RecoveryDescriptor;
import dev.touchpoint.runtime.TouchpointCall;
import dev.touchpoint.runtime.TouchpointRuntime;
import net.bytebuddy.asm.Advice;

/** Inlined at the start of a {@code @Recovery} method: the recovery path becomes its own span. */
public final class RecoveryEnter {

  private RecoveryEnter() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static TouchpointCall enter(@Linked RecoveryDescriptor recovery) {
    return TouchpointRuntime.beginRecovery(recovery);
  }
}
