package dev.touchpoint;

import static dev.touchpoint.runtime.Arguments.requireNonBlank;
import static dev.touchpoint.runtime.Arguments.requireNonNull;

import dev.touchpoint.runtime.CustomerBaggage;
import java.util.Objects;

/**
 * A customer as telemetry sees it: its {@link CustomerKind}, the segment or team it belongs to, and
 * optionally an id. The id never reaches telemetry in clear: spans carry only a keyed hash of it
 * ({@code enduser.pseudo.id}), and only when the service configured a key. Immutable.
 *
 * <pre>{@code
 * Customer shopper = Customer.external("shopper").withId(account.id());
 * Customer finance = Customer.internal("finance");
 * Customer acquirer = Customer.partner("card-acquirer");
 * }</pre>
 */
public final class Customer {

  private final CustomerKind kind;
  private final String segment;
  private final String id;

  private Customer(CustomerKind kind, String segment, String id) {
    this.kind = kind;
    this.segment = segment;
    this.id = id;
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
    if (!CustomerBaggage.isValidSegment(segment)) {
      // The segment travels to other services, which accept nothing else.
      throw new IllegalArgumentException("customer segment \"" + segment + "\" is not a segment: use "
          + CustomerBaggage.SEGMENT_FORM);
    }
    return new Customer(kind, segment, null);
  }

  /**
   * This customer, identified: telemetry carries only a keyed pseudonym of {@code id} (see
   * {@link Experience#usePseudonymKey}), never the id itself.
   */
  public Customer withId(String id) {
    requireNonBlank(id, "customer id", "pass the customer's id, or leave it out");
    return new Customer(kind, segment, id);
  }

  public CustomerKind kind() {
    return kind;
  }

  /** The segment or team: "shopper", "finance", "card-acquirer". */
  public String segment() {
    return segment;
  }

  /** The id, for the application's own use; telemetry only ever sees its pseudonym. */
  public java.util.Optional<String> id() {
    return java.util.Optional.ofNullable(id);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Customer that && kind == that.kind && segment.equals(that.segment)
        && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, segment, id);
  }

  /** Never the id: a customer printed in a log must not identify anyone. */
  @Override
  public String toString() {
    return kind.attributeValue() + ":" + segment + (id == null ? "" : " (id withheld)");
  }
}
