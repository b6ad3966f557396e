package dev.touchpoint;

import dev.touchpoint.runtime.RecoveryDescriptor;
import dev.touchpoint.runtime.TouchpointCall;
import dev.touchpoint.runtime.TouchpointRuntime;

/**
 * A recovery path defined in code, as {@link Recovery} declares one: each run is a recovery span,
 * and every touchpoint it runs inside needed recovery, so it was not right first time.
 *
 * <pre>{@code
 * static final RecoveryDefinition RETRY = Experience.recovery("payment.retry");
 * Receipt receipt = RETRY.call(() -> payments.charge(cart));
 * }</pre>
 */
public final class RecoveryDefinition extends InstrumentedBlock {

  private final RecoveryDescriptor descriptor;

  RecoveryDefinition(String name) {
    this.descriptor = RecoveryDescriptor.builder(name).build();
  }

  @Override
  public String name() {
    return descriptor.name();
  }

  @Override
  TouchpointCall begin() {
    return TouchpointRuntime.beginRecovery(descriptor);
  }

  @Override
  public String toString() {
    return "recovery path \"" + name() + "\"";
  }
}
