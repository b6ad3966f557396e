package dev.touchpoint.runtime;

import dev.touchpoint.CxAttributes;
import io.opentelemetry.api.common.Attributes;

/**
 * A {@code @Recovery} path, built once: a retry, fallback, compensation or apology. Each call is a
 * span named after it, with {@code cx.recovery}; every touchpoint around it needed recovery.
 *
 * <pre>{@code
 * static final RecoveryDescriptor RETRY =
 *     RecoveryDescriptor.builder("payments.retry").code("com.shop.Payments", "retry", "(J)J").build();
 * }</pre>
 */
public final class RecoveryDescriptor extends PathDescriptor {

  private final Attributes outsideAnyTouchpoint;
  /** The last touchpoint this recovery ran in and its metric attributes; racy on purpose, rebuilt on a miss. */
  private volatile RecoveredIn last;

  private RecoveryDescriptor(Builder<RecoveryDescriptor> builder) {
    super(CxAttributes.RECOVERY, builder);
    this.outsideAnyTouchpoint = Attributes.of(CxAttributes.RECOVERY, name());
  }

  /** Starts a recovery descriptor named {@code name}, such as "payments.retry". */
  public static Builder<RecoveryDescriptor> builder(String name) {
    return new Builder<>(name, "recovery", "\"payment.retry\" or \"refund.apology\"") {
      @Override
      public RecoveryDescriptor build() {
        return new RecoveryDescriptor(this);
      }
    };
  }

  /** {@code cx.recovery} and, when it ran inside one, {@code cx.touchpoint}: for the cx.recoveries counter. */
  Attributes metricAttributes(TouchpointDescriptor recoveredIn) {
    if (recoveredIn == null) {
      return outsideAnyTouchpoint;
    }
    RecoveredIn cached = last;
    if (cached == null || cached.touchpoint != recoveredIn) {
      cached = new RecoveredIn(recoveredIn,
          Attributes.of(CxAttributes.TOUCHPOINT, recoveredIn.name(), CxAttributes.RECOVERY, name()));
      last = cached;
    }
    return cached.attributes;
  }

  @Override
  public String toString() {
    return "Recovery[" + name() + "]";
  }

  private record RecoveredIn(TouchpointDescriptor touchpoint, Attributes attributes) {}
}
