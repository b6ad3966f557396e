package dev.touchpoint.runtime;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.InboundCustomerPolicy;
import io.opentelemetry.api.baggage.Baggage;

/**
 * The one place that decides what a service admits of the end customer another service put into
 * W3C Baggage, under the service's {@link InboundCustomerPolicy}. Generated code, the agent and the
 * programmatic API all come here, at the first touchpoint of a request, at
 * {@code Experience.fromTrustedPeer()} and in {@code EndCustomerPropagator}.
 *
 * <p>The values are untrusted. A claim is admitted only whole: a known kind the caller may claim, a
 * well-formed allowed segment. A pseudonym is admitted only from a trusted peer, in exactly the form
 * Touchpoint emits, made under this service's own key. Anything else is refused with a rate-limited
 * log line that names the reason, never the values. What is refused is removed from the baggage, so
 * it reaches no further hop. OpenTelemetry's propagator has already held the W3C limits (64 entries,
 * 8192 bytes), and only three entries are read here, so no input can flood the span.
 */
public final class InboundCustomers {

  private static volatile InboundCustomerPolicy policy = InboundCustomerPolicy.defaults();
  /** The last admission: a request's touchpoints share one Baggage, so they decide once. */
  private static volatile Admission last;

  private InboundCustomers() {}

  public static void usePolicy(InboundCustomerPolicy newPolicy) {
    Arguments.requireNonNull(newPolicy, "inbound customer policy", "pass InboundCustomerPolicy.defaults() or a variant of it");
    policy = newPolicy;
    last = null;
  }

  public static InboundCustomerPolicy policy() {
    return policy;
  }

  /**
   * What the service admits of {@code inbound}, from a caller that is or is not a trusted peer: the
   * end customer (or null), and the baggage to go on with, which holds nothing the service refused.
   */
  static Admission admit(Baggage inbound, boolean fromTrustedPeer) {
    InboundCustomerPolicy current = policy;
    String keyId = Pseudonyms.keyId();
    boolean sendPseudonym = Pseudonyms.propagated();
    Admission decided = last;
    if (decided != null && decided.inbound() == inbound && decided.trusted() == fromTrustedPeer
        && decided.policy() == current && java.util.Objects.equals(decided.keyId(), keyId)
        && decided.sendPseudonym() == sendPseudonym) {
      return decided;
    }
    EndCustomer customer = judge(inbound, fromTrustedPeer, current, keyId);
    Baggage refused = CustomerBaggage.without(inbound);
    Baggage onward = customer == null ? refused : CustomerBaggage.with(refused, customer, sendPseudonym);
    Admission admission = new Admission(inbound, fromTrustedPeer, current, keyId, sendPseudonym, customer, onward);
    last = admission;
    return admission;
  }

  private static EndCustomer judge(Baggage baggage, boolean fromTrustedPeer, InboundCustomerPolicy current, String keyId) {
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
    return new EndCustomer(kind, segment, admittedPseudonym(baggage, fromTrustedPeer || current.trustsEveryCaller(), keyId));
  }

  /** The inbound pseudonym, if this service may record it; null (with a reason in the log) if not. */
  private static String admittedPseudonym(Baggage baggage, boolean trusted, String keyId) {
    String pseudonym = baggage.getEntryValue(CustomerBaggage.PSEUDONYM);
    if (pseudonym == null) {
      return null;
    }
    if (keyId == null) {
      return null; // without a key of its own, a service records no id of any kind
    }
    if (!trusted) {
      RateLimitedLog.warn("pseudonym-untrusted", "dropped an inbound enduser.pseudo.id from a caller not marked"
          + " as a trusted peer: only trusted peers may say who the customer is");
      return null;
    }
    if (!CustomerBaggage.isValidPseudonym(pseudonym)) {
      RateLimitedLog.warn("pseudonym", "dropped an inbound enduser.pseudo.id that is not a pseudonym (32"
          + " lowercase hex digits)");
      return null;
    }
    if (!keyId.equals(CustomerBaggage.pseudonymKeyId(baggage))) {
      RateLimitedLog.warn("pseudonym-key", "dropped an inbound enduser.pseudo.id made under another key than"
          + " this service's: services that share no key must not share ids");
      return null;
    }
    return pseudonym;
  }

  /**
   * A decision about one inbound baggage, and everything it depended on.
   *
   * @param customer the admitted end customer, or null
   * @param onward the baggage to go on with: the inbound one without whatever was refused
   */
  record Admission(Baggage inbound, boolean trusted, InboundCustomerPolicy policy, String keyId,
      boolean sendPseudonym, EndCustomer customer, Baggage onward) {}
}
