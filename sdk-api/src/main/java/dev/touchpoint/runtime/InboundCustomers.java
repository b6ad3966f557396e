package dev.touchpoint.runtime;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.InboundCustomerPolicy;
import io.opentelemetry.api.baggage.Baggage;

/**
 * Reads the end customer another service put into W3C Baggage, under the service's
 * {@link InboundCustomerPolicy}. The values are untrusted: an unknown kind, a malformed segment or
 * a claim the caller may not make is ignored with a rate-limited log line that names the reason,
 * never the values. OpenTelemetry's propagator has already held the W3C limits (64 entries, 8192
 * bytes); only three entries are ever read here, so no input can flood the span.
 */
public final class InboundCustomers {

  private static volatile InboundCustomerPolicy policy = InboundCustomerPolicy.defaults();
  /** The last decision: a request's touchpoints share one Baggage, so they decide once. */
  private static volatile Decision last;

  private InboundCustomers() {}

  public static void usePolicy(InboundCustomerPolicy newPolicy) {
    Arguments.requireNonNull(newPolicy, "inbound customer policy", "pass InboundCustomerPolicy.defaults() or a variant of it");
    policy = newPolicy;
    last = null;
  }

  public static InboundCustomerPolicy policy() {
    return policy;
  }

  static EndCustomer resolve(Baggage baggage, boolean fromTrustedPeer) {
    InboundCustomerPolicy current = policy;
    Decision decided = last;
    if (decided != null && decided.baggage == baggage && decided.trusted == fromTrustedPeer && decided.policy == current) {
      return decided.customer;
    }
    EndCustomer customer = judge(baggage, fromTrustedPeer, current);
    last = new Decision(baggage, fromTrustedPeer, current, customer);
    return customer;
  }

  private static EndCustomer judge(Baggage baggage, boolean fromTrustedPeer, InboundCustomerPolicy current) {
    String claimedKind = baggage.getEntryValue(CustomerBaggage.KIND);
    String segment = baggage.getEntryValue(CustomerBaggage.SEGMENT);
    if (claimedKind == null && segment == null) {
      return null;
    }
    CustomerKind kind = CustomerBaggage.kindOf(claimedKind);
    if (kind == null) {
      RateLimitedLog.warn("kind", "ignored an inbound end customer whose cx.customer.kind is not external,"
          + " internal or partner");
      return null;
    }
    if (!CustomerBaggage.isValidSegment(segment)) {
      RateLimitedLog.warn("segment", "ignored an inbound end customer whose cx.customer.segment is missing or is"
          + " not " + CustomerBaggage.SEGMENT_FORM);
      return null;
    }
    if (!current.accepts(kind, fromTrustedPeer)) {
      RateLimitedLog.warn("untrusted", "ignored an inbound " + kind.attributeValue() + " end-customer claim"
          + " from a caller not marked as a trusted peer; mark trusted peers with Experience.fromTrustedPeer(),"
          + " or set " + InboundCustomerPolicy.TRUST_EVERY_CALLER + "=true behind a gateway that strips cx.* baggage");
      return null;
    }
    if (!current.acceptsSegment(segment)) {
      RateLimitedLog.warn("segment-not-allowed", "ignored an inbound end customer whose segment is not in the"
          + " allowed segments " + current.allowedSegments());
      return null;
    }
    String pseudonym = baggage.getEntryValue(CustomerBaggage.PSEUDONYM);
    if (pseudonym != null && !CustomerBaggage.isValidPseudonym(pseudonym)) {
      RateLimitedLog.warn("pseudonym", "dropped an inbound enduser.pseudo.id that is not a pseudonym"
          + " (8 to 64 lowercase hex digits)");
      pseudonym = null;
    }
    return new EndCustomer(kind, segment, pseudonym);
  }

  private record Decision(Baggage baggage, boolean trusted, InboundCustomerPolicy policy, EndCustomer customer) {}
}
