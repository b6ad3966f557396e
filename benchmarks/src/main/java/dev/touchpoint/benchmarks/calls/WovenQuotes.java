package dev.touchpoint.benchmarks.calls;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;
import java.util.function.LongUnaryOperator;

/**
 * {@link Quotes} as a build that weaves would have it: the same touchpoint and promises. The
 * harness weaves a copy of this class with the build-time weaver before the benchmarks run, and
 * {@link WovenClassLoader} loads that copy in place of this one; called through the JDK's {@code
 * LongUnaryOperator}, since the woven class is another class than this one.
 */
@BrandPromise(value = "fast", within = "300ms")
@BrandPromise("right-first-time")
public class WovenQuotes implements LongUnaryOperator {

  @Touchpoint(value = "quotes.quote", serves = CustomerKind.EXTERNAL, customer = "shopper",
      journey = "checkout", owner = "pricing-team")
  @Override
  public long applyAsLong(long cents) {
    return cents + cents / 5;
  }
}
