package dev.touchpoint;

import dev.touchpoint.runtime.PromiseDescriptor;
import dev.touchpoint.runtime.TouchpointCall;
import dev.touchpoint.runtime.TouchpointDescriptor;
import dev.touchpoint.runtime.TouchpointRuntime;
import java.time.Duration;

/**
 * A touchpoint defined in code rather than by annotation, with the same options as
 * {@link Touchpoint} and {@link BrandPromise}. Build it once, keep it in a constant, and run blocks
 * through it; each run is one touchpoint call, with the same span and attributes an annotated
 * method gets.
 *
 * <pre>{@code
 * static final TouchpointDefinition PLACE_ORDER =
 *     Experience.touchpoint("checkout.place-order", CustomerKind.EXTERNAL)
 *         .customer("shopper")
 *         .journey("checkout")
 *         .promise("fast", "300ms")
 *         .build();
 *
 * Receipt receipt = PLACE_ORDER.call(() -> payments.charge(cart));
 * }</pre>
 */
public final class TouchpointDefinition extends InstrumentedBlock {

  private final TouchpointDescriptor descriptor;

  private TouchpointDefinition(TouchpointDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  @Override
  public String name() {
    return descriptor.name();
  }

  /** Everything this touchpoint declares, as the runtime sees it. */
  public TouchpointDescriptor descriptor() {
    return descriptor;
  }

  @Override
  TouchpointCall begin() {
    return TouchpointRuntime.begin(descriptor);
  }

  @Override
  public String toString() {
    return "touchpoint \"" + descriptor.name() + "\"";
  }

  /** Builds a {@link TouchpointDefinition}; start one with {@link Experience#touchpoint}. */
  public static final class Builder {
    private final TouchpointDescriptor.Builder descriptor;

    Builder(String name, CustomerKind serves) {
      this.descriptor = TouchpointDescriptor.builder(name, serves);
    }

    /** The segment or team served, as {@link Touchpoint#customer()}. */
    public Builder customer(String customer) {
      descriptor.customer(customer);
      return this;
    }

    /** The journey, as {@link Touchpoint#journey()}. */
    public Builder journey(String journey) {
      descriptor.journey(journey);
      return this;
    }

    /** The owning team, as {@link Touchpoint#owner()}. */
    public Builder owner(String owner) {
      descriptor.owner(owner);
      return this;
    }

    /** A promise with no latency bound, as {@code @BrandPromise("right-first-time")}. */
    public Builder promise(String name) {
      descriptor.promise(PromiseDescriptor.of(name));
      return this;
    }

    /** A promise with a latency bound written like "300ms", as {@link BrandPromise#within()}. */
    public Builder promise(String name, String within) {
      descriptor.promise(PromiseDescriptor.of(name, within));
      return this;
    }

    /** A promise with a latency bound. */
    public Builder promise(String name, Duration within) {
      descriptor.promise(PromiseDescriptor.of(name, within));
      return this;
    }

    /**
     * A promise that tolerates {@code exceptions}, expected business outcomes such as "out of
     * stock", as {@link BrandPromise#tolerates()}; {@code within} may be empty for no bound.
     */
    @SafeVarargs
    public final Builder promise(String name, String within, Class<? extends Throwable>... exceptions) {
      descriptor.promise(PromiseDescriptor.of(name, within).tolerating(exceptions));
      return this;
    }

    public TouchpointDefinition build() {
      return new TouchpointDefinition(descriptor.build());
    }
  }
}
