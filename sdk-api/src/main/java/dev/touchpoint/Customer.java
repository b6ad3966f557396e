package dev.touchpoint;

import static dev.touchpoint.runtime.Arguments.requireNonBlank;
import static dev.touchpoint.runtime.Arguments.requireNonNull;

import java.util.Objects;

/**
 * A customer as telemetry sees it: its {@link CustomerKind} and the segment or team it belongs to.
 * Immutable.
 *
 * <pre>{@code
 * Customer shopper = Customer.external("shopper");
 * Customer finance = Customer.internal("finance");
 * Customer acquirer = Customer.partner("card-acquirer");
 * }</pre>
 */
public final class Customer {

  private final CustomerKind kind;
  private final String segment;

  private Customer(CustomerKind kind, String segment) {
    this.kind = kind;
    this.segment = segment;
  }

  /** An external customer, the one who pays, in the given segment ("shopper", "merchant"). */
  public static Customer external(String segment) {
    return of(CustomerKind.EXTERNAL, segment);
  }

  /** An internal customer: a colleague or team inside the organisation ("finance", "support-agents"). */
  public static Customer internal(String team) {
    return of(CustomerKind.INTERNAL, team);
  }

  /** A partner or supplier ("card-acquirer", "carrier"). */
  public static Customer partner(String name) {
    return of(CustomerKind.PARTNER, name);
  }

  /** A customer of the given kind and segment; prefer the named factories where the kind is fixed. */
  public static Customer of(CustomerKind kind, String segment) {
    requireNonNull(kind, "customer kind", "use EXTERNAL, INTERNAL or PARTNER");
    requireNonBlank(segment, "customer segment", "name the segment or team served, e.g. \"shopper\" or \"finance\"");
    return new Customer(kind, segment);
  }

  public CustomerKind kind() {
    return kind;
  }

  /** The segment or team: "shopper", "finance", "card-acquirer". */
  public String segment() {
    return segment;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Customer that && kind == that.kind && segment.equals(that.segment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, segment);
  }

  @Override
  public String toString() {
    return kind.attributeValue() + ":" + segment;
  }
}
