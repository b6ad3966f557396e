package dev.touchpoint.benchmarks.calls;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

/** The same touchpoint on an interface: the processor generates the decorator {@code QuoteServiceTouchpoints}. */
@BrandPromise(value = "fast", within = "300ms")
@BrandPromise("right-first-time")
public interface QuoteService {

  @Touchpoint(value = "quotes.quote", serves = CustomerKind.EXTERNAL, customer = "shopper",
      journey = "checkout", owner = "pricing-team")
  long quote(long cents);

  /** The implementation the decorator wraps. */
  static QuoteService plain() {
    return cents -> cents + cents / 5;
  }
}
