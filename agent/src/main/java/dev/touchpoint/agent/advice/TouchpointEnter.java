package dev.touchpoint.agent.advice;

import dev.touchpoint.runtime.TouchpointCall;
import dev.touchpoint.runtime.TouchpointDescriptor;
import dev.touchpoint.runtime.TouchpointRuntime;
import net.bytebuddy.asm.Advice;

/**
 * Inlined at the start of a touchpoint method: the same runtime call generated code makes. Advice
 * names only the runtime, which the application's class loader provides. Suppressing throwables
 * is the last line of defence; the runtime itself never throws.
 */
public final class TouchpointEnter {

  private TouchpointEnter() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static TouchpointCall enter(@Linked TouchpointDescriptor touchpoint) {
    return TouchpointRuntime.begin(touchpoint);
  }
}
