package dev.touchpoint.examples.storefront;

/** The shopper's card was declined: an expected answer, not a failure of the shop. */
public class PaymentDeclined extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PaymentDeclined(String message) {
    super(message);
  }
}
