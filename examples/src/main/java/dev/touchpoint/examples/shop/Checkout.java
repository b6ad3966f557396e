package dev.touchpoint.examples.shop;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Experience;
import dev.touchpoint.TouchpointDefinition;

/** Where the shopper pays: the touchpoint the brand promise is most visible at. */
final class Checkout {

  static final TouchpointDefinition PLACE_ORDER =
      Experience.touchpoint("checkout.place-order", CustomerKind.EXTERNAL)
          .customer("shopper")
          .journey("checkout")
          .owner("checkout-team")
          .promise("fast", "300ms")
          .promise("right-first-time")
          .build();

  private final Payments payments;

  Checkout(Payments payments) {
    this.payments = payments;
  }

  String placeOrder(String orderId, long cents) {
    return PLACE_ORDER.call(() -> {
      String authorisation = payments.authorise(orderId, cents);
      return "receipt for " + orderId + " (" + authorisation + ")";
    });
  }
}
