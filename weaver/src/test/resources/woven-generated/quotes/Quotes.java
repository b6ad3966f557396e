package quotes;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

/** Compiled with the processor, which generates QuotesTouchpoints, and then woven too. */
public class Quotes {

  @Touchpoint(value = "quotes.quote", serves = CustomerKind.EXTERNAL, customer = "shopper")
  public long quote(long cents) {
    return cents + cents / 5;
  }
}
