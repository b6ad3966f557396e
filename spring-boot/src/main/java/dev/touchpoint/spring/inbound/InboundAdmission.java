package dev.touchpoint.spring.inbound;

import dev.touchpoint.runtime.CustomerBaggage;
import dev.touchpoint.runtime.EndCustomerContext;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.baggage.BaggageBuilder;
import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.List;

/**
 * What a request's end customer is, under the service's inbound policy: the same decision generated
 * code and the agent make at a touchpoint, made once at the edge for every request, so that what the
 * service refuses never reaches a handler, a log line or the next service.
 *
 * <p>The claim is the end customer's W3C Baggage entries. Where the application's tracing already
 * extracted the request's baggage (Spring Boot's OpenTelemetry support does), that is the claim;
 * otherwise they are read from the request's {@code baggage} header here. Only the trace's baggage
 * is read, never its trace context: the request's span stays the parent of everything below.
 */
public final class InboundAdmission {

  private final TrustedPeers trustedPeers;

  public InboundAdmission(TrustedPeers trustedPeers) {
    this.trustedPeers = trustedPeers;
  }

  /**
   * The context to handle a request in: {@code current} with the end customer admitted and nothing
   * refused left in its baggage. Never throws: on a failure of its own it goes on without the claim.
   *
   * @param remoteAddress where the request came from, as the server saw it
   * @param request the request, whose {@code baggage} headers {@code headers} reads
   */
  public <C> Context admit(Context current, String remoteAddress, C request, TextMapGetter<C> headers) {
    try {
      Context claimed = withClaimFromHeader(current, request, headers);
      return trustedPeers.trusts(remoteAddress)
          ? EndCustomerContext.fromTrustedPeer(claimed)
          : EndCustomerContext.admittedAtEdge(claimed);
    } catch (RuntimeException | LinkageError problem) {
      return EndCustomerContext.withoutCustomerBaggage(current);
    }
  }

  private static <C> Context withClaimFromHeader(Context current, C request, TextMapGetter<C> headers) {
    Baggage extracted = Baggage.fromContext(current);
    if (CustomerBaggage.hasCustomerEntries(extracted)) {
      return current;
    }
    Baggage sent = Baggage.fromContext(W3CBaggagePropagator.getInstance().extract(Context.root(), request, headers));
    if (!CustomerBaggage.hasCustomerEntries(sent)) {
      return current;
    }
    BaggageBuilder merged = extracted.toBuilder();
    for (String key : List.of(CustomerBaggage.KIND, CustomerBaggage.SEGMENT, CustomerBaggage.PSEUDONYM)) {
      var entry = sent.getEntry(key);
      if (entry != null) {
        merged.put(key, entry.getValue(), entry.getMetadata());
      }
    }
    return current.with(merged.build());
  }
}
