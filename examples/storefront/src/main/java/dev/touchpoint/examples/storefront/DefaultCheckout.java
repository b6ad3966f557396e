package dev.touchpoint.examples.storefront;

/** The checkout's business code: no tracing in sight. */
final class DefaultCheckout implements Checkout {

  private final FraudScreen fraud;
  private final PaymentsClient payments;

  DefaultCheckout(FraudScreen fraud, PaymentsClient payments) {
    this.fraud = fraud;
    this.payments = payments;
  }

  @Override
  public Receipt placeOrder(Order order) {
    fraud.screen(order);
    return new Receipt(order.id(), payments.authorise(order));
  }
}
