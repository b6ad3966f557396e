package dev.touchpoint.runtime;

import dev.touchpoint.Customer;
import dev.touchpoint.CustomerKind;

/**
 * The customer a request ultimately serves, as telemetry may show it: kind, segment and at most a
 * pseudonym. Built when {@code Experience.serving} opens a scope, or from trusted inbound baggage.
 *
 * @param pseudonym the keyed hash of the customer's id, or null
 */
public record EndCustomer(CustomerKind kind, String segment, String pseudonym) {

  static EndCustomer of(Customer customer) {
    return new EndCustomer(customer.kind(), customer.segment(), customer.id().map(Pseudonyms::of).orElse(null));
  }

  /** The customer, without any id: the runtime never holds one. */
  public Customer asCustomer() {
    return Customer.of(kind, segment);
  }
}
