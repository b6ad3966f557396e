package dev.touchpoint;

/**
 * Which kind of customer a touchpoint serves. Every touchpoint answers "who is your customer?".
 *
 * <pre>{@code
 * @Touchpoint(value = "ledger.reconcile", serves = CustomerKind.INTERNAL, customer = "finance")
 * }</pre>
 */
public enum CustomerKind {
  /** The person or organisation who pays: a shopper, a merchant, a subscriber. */
  EXTERNAL("external"),
  /** A colleague or team inside the organisation: finance, support agents, operations. */
  INTERNAL("internal"),
  /** A supplier or partner the business works with: a payment provider, a carrier. */
  PARTNER("partner");

  private final String attributeValue;

  CustomerKind(String attributeValue) {
    this.attributeValue = attributeValue;
  }

  /** The value written to {@code cx.customer.kind}: {@code "external"}, {@code "internal"} or {@code "partner"}. */
  public String attributeValue() {
    return attributeValue;
  }
}
