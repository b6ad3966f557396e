package dev.touchpoint.examples.shop;

/** The checkout's plain business code: no tracing in sight. */
final class DefaultCheckout implements Checkout {

  private final Payments payments;

  DefaultCheckout(Payments payments) {
    this.payments = payments;
  }

  @Override
  public String placeOrder(String orderId, long cents) {
    String authorisation = payments.authorise(orderId, cents);
    return "receipt for " + orderId + " (" + authorisation + ")";
  }
}
