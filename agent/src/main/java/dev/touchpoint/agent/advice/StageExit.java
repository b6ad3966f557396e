package dev.touchpoint.agent.advice;

import dev.touchpoint.runtime.TouchpointCall;
import java.util.concurrent.CompletionStage;
import net.bytebuddy.asm.Advice;

/** For a method returning a {@code CompletionStage}: the call ends when the stage completes. */
public final class StageExit {

  private StageExit() {}

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter TouchpointCall call, @Advice.Thrown Throwable thrown,
      @Advice.Return CompletionStage<?> returned) {
    if (thrown == null) {
      call.endOnCompletion(returned);
    } else {
      call.fail(thrown);
    }
  }
}
