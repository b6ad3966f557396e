package dev.touchpoint.benchmarks.calls;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

/**
 * The trivial method every variant calls. Plain, it is the baseline; the processor generates
 * {@code QuotesTouchpoints}; the agent instruments it in place.
 */
@BrandPromise(value = "fast", within = "300ms")
@BrandPromise("right-first-time")
public class Quotes {

  @Touchpoint(value = "quotes.quote", serves = CustomerKind.EXTERNAL, customer = "shopper",
      journey = "checkout", owner = "pricing-team")
  public long quote(long cents) {
    return cents + cents / 5;
  }
}
