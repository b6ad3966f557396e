package dev.touchpoint.agent.advice;

import dev.touchpoint.runtime.ControlDescriptor;
import dev.touchpoint.runtime.TouchpointCall;
import dev.touchpoint.runtime.TouchpointRuntime;
import net.bytebuddy.asm.Advice;

/** Inlined at the start of a {@code @Control} method: its time counts towards the touchpoints around it. */
public final class ControlEnter {

  private ControlEnter() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static TouchpointCall enter(@Linked ControlDescriptor control) {
    return TouchpointRuntime.beginControl(control);
  }
}
