package dev.touchpoint.examples.storefront;

/** What the shopper gets back. */
public record Receipt(String orderId, String authorisation) {

  @Override
  public String toString() {
    return "paid " + orderId + " (" + authorisation + ")";
  }
}
