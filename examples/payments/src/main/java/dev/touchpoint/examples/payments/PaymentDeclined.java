package dev.touchpoint.examples.payments;

/** The card was declined: the acquirer's honest answer, not a failure. */
public class PaymentDeclined extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PaymentDeclined(String message) {
    super(message);
  }
}
