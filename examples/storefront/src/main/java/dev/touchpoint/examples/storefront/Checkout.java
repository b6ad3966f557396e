package dev.touchpoint.examples.storefront;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

/** Where the shopper pays: the touchpoint the brand promise is most visible at. */
public interface Checkout {

  @Touchpoint(value = "checkout.place-order", serves = CustomerKind.EXTERNAL,
      customer = "shopper", journey = "checkout", owner = "checkout-team")
  Receipt placeOrder(Order order);
}
