package dev.touchpoint.runtime;

import dev.touchpoint.declaration.LatencyBound;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A brand promise in force at a touchpoint: its name and, optionally, its latency bound. */
public final class PromiseDescriptor {

  private static final long NO_BOUND = -1;

  private final String name;
  private final long boundNanos;

  private PromiseDescriptor(String name, long boundNanos) {
    this.name = name;
    this.boundNanos = boundNanos;
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
        && boundNanos == that.boundNanos;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, boundNanos);
  }

  @Override
  public String toString() {
    return hasBound() ? name + " within " + bound().orElseThrow() : name;
  }
}
