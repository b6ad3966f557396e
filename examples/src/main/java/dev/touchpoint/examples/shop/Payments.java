package dev.touchpoint.examples.shop;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

/** Talks to the card acquirer: a partner, whose experience of us is a touchpoint too. */
public class Payments {

  // The acquirer is promised a tighter bound than the package's "fast".
  @Touchpoint(value = "payments.authorise", serves = CustomerKind.PARTNER,
      customer = "card-acquirer", journey = "checkout", owner = "payments-team")
  @BrandPromise(value = "fast", within = "200ms")
  public String authorise(String orderId, long cents) {
    if (cents <= 0) {
      throw new IllegalArgumentException("nothing to charge for " + orderId);
    }
    Simulated.latency(15); // the acquirer's round trip
    return "auth-" + orderId;
  }
}
