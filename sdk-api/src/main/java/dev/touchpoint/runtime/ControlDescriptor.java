package dev.touchpoint.runtime;

import dev.touchpoint.CxAttributes;
import io.opentelemetry.api.common.Attributes;

/**
 * A {@code @Control}, built once: a process step guarding against risk, such as a fraud check.
 * Each call is a span with {@code cx.control}; its time counts towards the control time share of
 * every touchpoint it runs inside.
 */
public final class ControlDescriptor extends PathDescriptor {

  private final Attributes metricAttributes;

  private ControlDescriptor(Builder<ControlDescriptor> builder) {
    super(CxAttributes.CONTROL, builder);
    this.metricAttributes = Attributes.of(CxAttributes.CONTROL, name());
  }

  /** Starts a control descriptor named {@code name}, such as "fraud-check". */
  public static Builder<ControlDescriptor> builder(String name) {
    return new Builder<>(name, "control", "\"fraud-check\" or \"kyc\"") {
      @Override
      public ControlDescriptor build() {
        return new ControlDescriptor(this);
      }
    };
  }

  Attributes metricAttributes() {
    return metricAttributes;
  }

  @Override
  public String toString() {
    return "Control[" + name() + "]";
  }
}
