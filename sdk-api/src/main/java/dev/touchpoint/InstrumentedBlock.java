package dev.touchpoint;

import dev.touchpoint.runtime.Arguments;
import dev.touchpoint.runtime.TouchpointCall;
import java.util.concurrent.CompletionStage;

/**
 * Runs blocks of code as instrumented calls: a touchpoint, a recovery path or a control defined in
 * code rather than by annotation. Each run is one call, with the same span, attributes, promise
 * outcome and metrics an annotated method gets.
 */
public abstract sealed class InstrumentedBlock permits TouchpointDefinition, RecoveryDefinition, ControlDefinition {

  InstrumentedBlock() {}

  /** The name of the touchpoint, recovery path or control. */
  public abstract String name();

  abstract TouchpointCall begin();

  /** Runs {@code body} as one call and returns its result untouched. */
  public final <T, E extends Throwable> T call(CheckedSupplier<T, E> body) throws E {
    Arguments.requireNonNull(body, "body of " + this, "pass the code to run");
    TouchpointCall call = begin();
    try {
      return call.end(body.get());
    } catch (Throwable error) {
      call.fail(error);
      throw error;
    }
  }

  /** Runs {@code body} as one call. */
  public final <E extends Throwable> void run(CheckedRunnable<E> body) throws E {
    Arguments.requireNonNull(body, "body of " + this, "pass the code to run");
    TouchpointCall call = begin();
    try {
      body.run();
      call.end();
    } catch (Throwable error) {
      call.fail(error);
      throw error;
    }
  }

  /**
   * Runs {@code body}, which starts asynchronous work, as one call that ends when the returned
   * stage completes, with its outcome. Returns the stage untouched.
   */
  public final <S extends CompletionStage<?>, E extends Throwable> S callAsync(CheckedSupplier<S, E> body)
      throws E {
    Arguments.requireNonNull(body, "body of " + this, "pass the code to run");
    TouchpointCall call = begin();
    try {
      return call.endOnCompletion(body.get());
    } catch (Throwable error) {
      call.fail(error);
      throw error;
    }
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
}
