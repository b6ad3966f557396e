package dev.touchpoint;

import dev.touchpoint.runtime.ControlDescriptor;
import dev.touchpoint.runtime.TouchpointCall;
import dev.touchpoint.runtime.TouchpointRuntime;

/**
 * A control defined in code, as {@link Control} declares one: each run is measured, and counts
 * towards the control time share of every touchpoint it runs inside.
 *
 * <pre>{@code
 * static final ControlDefinition FRAUD_CHECK = Experience.control("fraud-check");
 * Verdict verdict = FRAUD_CHECK.call(() -> screening.screen(order));
 * }</pre>
 */
public final class ControlDefinition extends InstrumentedBlock {

  private final ControlDescriptor descriptor;

  ControlDefinition(String name) {
    this.descriptor = ControlDescriptor.builder(name).build();
  }

  @Override
  public String name() {
    return descriptor.name();
  }

  @Override
  TouchpointCall begin() {
    return TouchpointRuntime.beginControl(descriptor);
  }

  @Override
  public String toString() {
    return "control \"" + name() + "\"";
  }
}
