package dev.touchpoint.runtime;

import dev.touchpoint.declaration.LatencyBound;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A brand promise in force at a touchpoint: its name, optionally its latency bound, and the
 * exceptions it tolerates as expected business outcomes.
 */
public final class PromiseDescriptor {

  private static final long NO_BOUND = -1;
  private static final Class<?>[] NOTHING_TOLERATED = new Class<?>[0];

  private final String name;
  private final long boundNanos;
  private final Class<?>[] tolerated;

  private PromiseDescriptor(String name, long boundNanos, Class<?>[] tolerated) {
    this.name = name;
    this.boundNanos = boundNanos;
    this.tolerated = tolerated;
  }

  private PromiseDescriptor(String name, long boundNanos) {
    this(name, boundNanos, NOTHING_TOLERATED);
  }

  /** A promise with no latency bound, such as "right-first-time". */
  public static PromiseDescriptor of(String name) {
    return new PromiseDescriptor(checkedName(name), NO_BOUND);
  }

  /**
   * A promise with a latency bound written like {@code "300ms"}; an empty {@code within} means no
   * bound.
   */
  public static PromiseDescriptor of(String name, String within) {
    checkedName(name);
    if (within == null || within.isEmpty()) {
      return of(name);
    }
    return new PromiseDescriptor(name, LatencyBound.parse(within).toNanos());
  }

  /** A promise with the given latency bound. */
  public static PromiseDescriptor of(String name, Duration within) {
    checkedName(name);
    Arguments.requireNonNull(within, "promise bound", "pass a positive Duration or use of(name)");
    if (within.isNegative() || within.isZero()) {
      throw new IllegalArgumentException(
          "promise bound must be greater than zero, but was " + within + " for \"" + name + "\"");
    }
    return new PromiseDescriptor(name, within.toNanos());
  }

  /**
   * This promise, tolerating {@code exceptions} (and their subclasses): a call that ends with one
   * of them still keeps it, because it is an expected business outcome such as "out of stock".
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is copied, and only ever read as Class<?>
  public final PromiseDescriptor tolerating(Class<? extends Throwable>... exceptions) {
    Arguments.requireNonNull(exceptions, "tolerated exceptions of promise \"" + name + "\"", "pass exception classes");
    for (Class<? extends Throwable> exception : exceptions) {
      Arguments.requireNonNull(exception, "a tolerated exception of promise \"" + name + "\"",
          "pass exception classes such as OutOfStock.class");
    }
    return new PromiseDescriptor(name, boundNanos, exceptions.clone());
  }

  /** Whether the call ending with {@code error} breaks this promise. */
  boolean isBrokenBy(Throwable error) {
    for (Class<?> exception : tolerated) {
      if (exception.isInstance(error)) {
        return false;
      }
    }
    return true;
  }

  /** The exceptions this promise tolerates. */
  public java.util.List<Class<?>> tolerated() {
    return java.util.List.of(tolerated);
  }

  private static String checkedName(String name) {
    return Arguments.requireNonBlank(
        name, "promise name", "name what is promised, e.g. \"fast\" or \"right-first-time\"");
  }

  public String name() {
    return name;
  }

  /** The latency bound, when the promise has one. */
  public Optional<Duration> bound() {
    return hasBound() ? Optional.of(Duration.ofNanos(boundNanos)) : Optional.empty();
  }

  public boolean hasBound() {
    return boundNanos != NO_BOUND;
  }

  /** The bound in nanoseconds, or -1 when the promise has none; for the per-call path. */
  public long boundNanos() {
    return boundNanos;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PromiseDescriptor that
        && name.equals(that.name)
        && boundNanos == that.boundNanos
        && java.util.Arrays.equals(tolerated, that.tolerated);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, boundNanos, java.util.Arrays.hashCode(tolerated));
  }

  @Override
  public String toString() {
    return hasBound() ? name + " within " + bound().orElseThrow() : name;
  }
}
