package dev.touchpoint;

import dev.touchpoint.runtime.Arguments;
import dev.touchpoint.runtime.PromiseDescriptor;
import dev.touchpoint.runtime.TouchpointCall;
import dev.touchpoint.runtime.TouchpointDescriptor;
import dev.touchpoint.runtime.TouchpointRuntime;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

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
public final class TouchpointDefinition {

  private final TouchpointDescriptor descriptor;

  private TouchpointDefinition(TouchpointDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  /** The touchpoint's name. */
  public String name() {
    return descriptor.name();
  }

  /** Everything this touchpoint declares, as the runtime sees it. */
  public TouchpointDescriptor descriptor() {
    return descriptor;
  }

  /** Runs {@code body} as one call of this touchpoint and returns its result untouched. */
  public <T, E extends Throwable> T call(CheckedSupplier<T, E> body) throws E {
    Arguments.requireNonNull(body, "body of touchpoint \"" + name() + "\"", "pass the code to run");
    TouchpointCall call = TouchpointRuntime.begin(descriptor);
    try {
      return call.end(body.get());
    } catch (Throwable error) {
      call.fail(error);
      throw error;
    }
  }

  /** Runs {@code body} as one call of this touchpoint. */
  public <E extends Throwable> void run(CheckedRunnable<E> body) throws E {
    Arguments.requireNonNull(body, "body of touchpoint \"" + name() + "\"", "pass the code to run");
    TouchpointCall call = TouchpointRuntime.begin(descriptor);
    try {
      body.run();
      call.end();
    } catch (Throwable error) {
      call.fail(error);
      throw error;
    }
  }

  /**
   * Runs {@code body}, which starts asynchronous work, as one call of this touchpoint that ends when
   * the returned stage completes, with its outcome. Returns the stage untouched.
   */
  public <S extends CompletionStage<?>, E extends Throwable> S callAsync(CheckedSupplier<S, E> body)
      throws E {
    Arguments.requireNonNull(body, "body of touchpoint \"" + name() + "\"", "pass the code to run");
    TouchpointCall call = TouchpointRuntime.begin(descriptor);
    try {
      return call.endOnCompletion(body.get());
    } catch (Throwable error) {
      call.fail(error);
      throw error;
    }
  }

  @Override
  public String toString() {
    return descriptor.toString();
  }

  /** A block that returns a value and may throw. */
  @FunctionalInterface
  public interface CheckedSupplier<T, E extends Throwable> {
    T get() throws E;
  }

  /** A block that returns nothing and may throw. */
  @FunctionalInterface
  public interface CheckedRunnable<E extends Throwable> {
    void run() throws E;
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

    public TouchpointDefinition build() {
      return new TouchpointDefinition(descriptor.build());
    }
  }
}
