package dev.touchpoint.agent.advice;

import dev.touchpoint.runtime.TouchpointCall;
import net.bytebuddy.asm.Advice;

/** Inlined at every exit of an instrumented method, normal or exceptional: ends the call. */
public final class CallExit {

  private CallExit() {}

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter TouchpointCall call, @Advice.Thrown Throwable thrown) {
    if (thrown == null) {
      call.end();
    } else {
      call.fail(thrown);
    }
  }
}
