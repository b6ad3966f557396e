package dev.touchpoint.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.Customer;
import dev.touchpoint.Experience;
import dev.touchpoint.ServingScope;
import dev.touchpoint.runtime.AdmittingExtractor;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The admission the Touchpoint agent puts in the OpenTelemetry Java agent's propagators: refused
 * claims are gone as the baggage is extracted, and outbound baggage is left to the application,
 * because that copy of the runtime cannot tell its own customer from one that came in.
 */
class AdmittingExtractorTest {

  static final TextMapPropagator EDGE = AdmittingExtractor.wrapping(W3CBaggagePropagator.getInstance());

  @Test
  void whatThePolicyRefusesIsGoneOnceExtractedAndTheRestStays() {
    Context extracted = EDGE.extract(Context.root(),
        ServiceChain.baggage("cx.customer.kind=internal,cx.customer.segment=finance,tenant=acme"), ServiceChain.HEADERS);

    assertThat(Baggage.fromContext(extracted).asMap()).containsOnlyKeys("tenant");
  }

  @Test
  void whatThePolicyAdmitsGoesOnAsReceived() {
    Context extracted = EDGE.extract(Context.root(),
        ServiceChain.baggage("cx.customer.kind=external,cx.customer.segment=shopper"), ServiceChain.HEADERS);

    assertThat(Baggage.fromContext(extracted).getEntryValue("cx.customer.kind")).isEqualTo("external");
    assertThat(Baggage.fromContext(extracted).getEntryValue("cx.customer.segment")).isEqualTo("shopper");
  }

  @Test
  void theApplicationsOwnInternalCustomerGoesOutUnjudged() {
    Map<String, String> headers = new HashMap<>();
    try (ServingScope serving = Experience.serving(Customer.internal("finance"))) {
      EDGE.inject(Context.current(), headers, Map::put);
    }

    assertThat(headers.get("baggage")).contains("cx.customer.kind=internal").contains("cx.customer.segment=finance");
  }

  @Test
  void wrappingTwiceWrapsOnce() {
    assertThat(AdmittingExtractor.wrapping(EDGE)).isSameAs(EDGE);
  }
}
