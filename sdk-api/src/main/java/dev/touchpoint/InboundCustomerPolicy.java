package dev.touchpoint;

import dev.touchpoint.runtime.CustomerBaggage;
import dev.touchpoint.runtime.Settings;
import java.util.Arrays;
import java.util.Set;

/**
 * Which end-customer claims arriving in W3C Baggage from other services a service accepts. Baggage
 * from outside is untrusted: by default a caller may only claim an EXTERNAL end customer; an
 * INTERNAL or PARTNER claim counts only for a request the application marks as coming from a
 * trusted peer ({@link Experience#fromTrustedPeer()}), or when the service trusts every caller
 * because a gateway strips {@code cx.*} baggage from outside. Immutable.
 *
 * <pre>{@code
 * Experience.useInboundCustomerPolicy(
 *     InboundCustomerPolicy.defaults().allowingSegments("shopper", "merchant"));
 * }</pre>
 *
 * <p>Without code, the defaults come from the system properties {@value #TRUST_EVERY_CALLER} and
 * {@value #SEGMENTS} (or the environment variables {@code TOUCHPOINT_INBOUND_TRUST_EVERY_CALLER}
 * and {@code TOUCHPOINT_INBOUND_SEGMENTS}), which is how the agent configures it.
 */
public final class InboundCustomerPolicy {

  public static final String TRUST_EVERY_CALLER = "touchpoint.inbound.trust-every-caller";
  public static final String SEGMENTS = "touchpoint.inbound.segments";

  private final boolean trustEveryCaller;
  private final Set<String> allowedSegments;

  private InboundCustomerPolicy(boolean trustEveryCaller, Set<String> allowedSegments) {
    this.trustEveryCaller = trustEveryCaller;
    this.allowedSegments = Set.copyOf(allowedSegments);
  }

  /** The policy the system properties or environment describe; the strict default without them. */
  public static InboundCustomerPolicy defaults() {
    String trust = Settings.get(TRUST_EVERY_CALLER);
    String segments = Settings.get(SEGMENTS);
    InboundCustomerPolicy policy = new InboundCustomerPolicy("true".equalsIgnoreCase(trust), Set.of());
    if (segments != null && !segments.isBlank()) {
      policy = policy.allowingSegments(Arrays.stream(segments.split("[,;]")).map(String::strip)
          .filter(segment -> !segment.isEmpty()).toArray(String[]::new));
    }
    return policy;
  }

  /** Every caller is trusted: for a service only reachable through a gateway that strips cx.* baggage. */
  public InboundCustomerPolicy trustingEveryCaller() {
    return new InboundCustomerPolicy(true, allowedSegments);
  }

  /** Only these segments are accepted from outside; any other claim is ignored. */
  public InboundCustomerPolicy allowingSegments(String... segments) {
    for (String segment : segments) {
      if (!CustomerBaggage.isValidSegment(segment)) {
        throw new IllegalArgumentException("\"" + segment + "\" is not a segment: use " + CustomerBaggage.SEGMENT_FORM);
      }
    }
    return new InboundCustomerPolicy(trustEveryCaller, Set.of(segments));
  }

  public boolean trustsEveryCaller() {
    return trustEveryCaller;
  }

  /** The segments accepted from outside; empty means any valid segment. */
  public Set<String> allowedSegments() {
    return allowedSegments;
  }

  /** Whether a claim of {@code kind} counts, from a caller that is or is not marked trusted. */
  public boolean accepts(CustomerKind kind, boolean fromTrustedPeer) {
    return kind == CustomerKind.EXTERNAL || fromTrustedPeer || trustEveryCaller;
  }

  public boolean acceptsSegment(String segment) {
    return allowedSegments.isEmpty() || allowedSegments.contains(segment);
  }

  @Override
  public String toString() {
    return "InboundCustomerPolicy[" + (trustEveryCaller ? "every caller trusted" : "only EXTERNAL from untrusted callers")
        + (allowedSegments.isEmpty() ? "" : ", segments " + allowedSegments) + "]";
  }
}
