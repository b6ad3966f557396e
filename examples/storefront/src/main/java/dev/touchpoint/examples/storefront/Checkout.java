package dev.touchpoint.examples.storefront;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

/**
 * Where the shopper pays: the touchpoint the brand promise is most visible at. A plain final class,
 * made with {@code new}: the build weaves the touchpoint into it, so no tracing code is in sight.
 */
final class Checkout {

  private final FraudScreen fraud;
  private final PaymentsClient payments;

  Checkout(FraudScreen fraud, PaymentsClient payments) {
    this.fraud = fraud;
    this.payments = payments;
  }

  @Touchpoint(value = "checkout.place-order", serves = CustomerKind.EXTERNAL,
      customer = "shopper", journey = "checkout", owner = "checkout-team")
  Receipt placeOrder(Order order) {
    fraud.screen(order);
    return new Receipt(order.id(), payments.authorise(order));
  }
}
