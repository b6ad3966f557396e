package dev.touchpoint.examples.shop;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Experience;
import dev.touchpoint.TouchpointDefinition;

/** Talks to the card acquirer: a partner, whose experience of us is a touchpoint too. */
final class Payments {

  static final TouchpointDefinition AUTHORISE =
      Experience.touchpoint("payments.authorise", CustomerKind.PARTNER)
          .customer("card-acquirer")
          .journey("checkout")
          .owner("payments-team")
          .promise("fast", "200ms")
          .build();

  String authorise(String orderId, long cents) {
    return AUTHORISE.call(() -> {
      if (cents <= 0) {
        throw new IllegalArgumentException("nothing to charge for " + orderId);
      }
      Simulated.latency(15); // the acquirer's round trip
      return "auth-" + orderId;
    });
  }
}
