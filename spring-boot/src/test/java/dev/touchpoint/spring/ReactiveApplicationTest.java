package dev.touchpoint.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.spring.reactive.QuotesApplication;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A WebFlux application: the controller is created in its generated form, its touchpoint is a child
 * of the request's span, and the WebFilter admits the end customer of each request under the
 * inbound policy.
 */
class ReactiveApplicationTest {

  static final AttributeKey<String> END_CUSTOMER_KIND = AttributeKey.stringKey("cx.end_customer.kind");

  @Test
  void theWebFilterAppliesTheInboundPolicyToEveryRequest() throws Exception {
    // One application at a time: Touchpoint's runtime records into the OpenTelemetry of the one started last.
    try (ConfigurableApplicationContext untrusting = Apps.start(WebApplicationType.REACTIVE,
        List.of(QuotesApplication.class))) {
      assertThat(endCustomerOf(untrusting, "cx.customer.kind=partner,cx.customer.segment=insurer")).isNull();
      assertThat(endCustomerOf(untrusting, "cx.customer.kind=external,cx.customer.segment=shopper")).isEqualTo("external");
    }
    try (ConfigurableApplicationContext trusting = Apps.start(WebApplicationType.REACTIVE,
        List.of(QuotesApplication.class), "touchpoint.inbound.trusted-peers=127.0.0.0/8")) {
      assertThat(endCustomerOf(trusting, "cx.customer.kind=partner,cx.customer.segment=insurer")).isEqualTo("partner");
    }
  }

  private static String endCustomerOf(ConfigurableApplicationContext app, String baggage) throws Exception {
    InMemorySpanExporter spans = app.getBean(InMemorySpanExporter.class);
    spans.reset();
    assertThat(Apps.get(app, "/quotes/3", "baggage", baggage)).isEqualTo("quote 3");
    SpanData quote = spans.getFinishedSpanItems().stream().filter(span -> span.getName().equals("quotes.show"))
        .findFirst().orElseThrow(() -> new AssertionError("no quotes.show span in " + spans.getFinishedSpanItems()));
    SpanData server = awaitServerSpan(spans, quote.getTraceId());
    assertThat(quote.getParentSpanId()).as("the touchpoint is a child of the request's span").isEqualTo(server.getSpanId());
    return quote.getAttributes().get(END_CUSTOMER_KIND);
  }

  /** WebFlux ends the request's span after the response is written. */
  private static SpanData awaitServerSpan(InMemorySpanExporter spans, String trace) throws InterruptedException {
    for (int waited = 0; waited < 100; waited++) {
      var server = spans.getFinishedSpanItems().stream().filter(span -> span.getKind() == SpanKind.SERVER
          && span.getTraceId().equals(trace)).findFirst();
      if (server.isPresent()) {
        return server.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no server span in the touchpoint's trace: " + spans.getFinishedSpanItems());
  }
}
