package dev.touchpoint.runtime;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.CxAttributes;
import dev.touchpoint.Experience;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Inside a call, the current Context is the caller's with the call's span added: OpenTelemetry, the
 * application and calls nested in contexts derived from it see everything the caller put there.
 */
class CallAsContextTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  static final ContextKey<String> TENANT = ContextKey.named("tenant");
  static final TouchpointDescriptor CHECKOUT = TouchpointDescriptor.builder("checkout.place-order", CustomerKind.EXTERNAL)
      .journey("checkout").promise(PromiseDescriptor.of("right-first-time")).build();
  static final TouchpointDescriptor PAYMENT = TouchpointDescriptor.builder("payments.authorise", CustomerKind.PARTNER)
      .journey("checkout").build();
  static final RecoveryDescriptor RETRY = RecoveryDescriptor.builder("payments.retry").build();

  @BeforeEach
  void recordIntoTestSdk() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
  }

  @Test
  void theCallsSpanIsCurrentAndTheParentsEntriesStayVisible() {
    Baggage baggage = Baggage.builder().put("tenant", "acme").build();
    try (Scope outside = Context.current().with(TENANT, "acme").with(baggage).makeCurrent()) {
      TouchpointCall call = TouchpointRuntime.begin(CHECKOUT);
      Span inside = Span.current();
      String tenant = Context.current().get(TENANT);
      Baggage baggageInside = Baggage.current();
      call.end();

      assertThat(inside.getSpanContext()).isEqualTo(otel.getSpans().get(0).getSpanContext());
      assertThat(tenant).isEqualTo("acme");
      assertThat(baggageInside.getEntryValue("tenant")).isEqualTo("acme");
    }
    assertThat(Span.current().getSpanContext().isValid()).isFalse();
  }

  @Test
  void aContextDerivedInsideACallKeepsItsSpanAndItsCall() {
    TouchpointCall checkout = TouchpointRuntime.begin(CHECKOUT);
    try (Scope derived = Context.current().with(TENANT, "acme").makeCurrent()) {
      TouchpointCall payment = TouchpointRuntime.begin(PAYMENT);
      TouchpointRuntime.beginRecovery(RETRY).end(); // marks every touchpoint around it as recovered
      payment.end();
    }
    checkout.end();

    SpanData placeOrder = span("checkout.place-order");
    assertThat(span("payments.authorise")).hasParentSpanId(placeOrder.getSpanId());
    assertThat(span("payments.retry").getParentSpanId()).isEqualTo(span("payments.authorise").getSpanId());
    assertThat(placeOrder).hasAttribute(CxAttributes.PROMISE_KEPT, false)
        .hasAttribute(CxAttributes.JOURNEY_FIRST_TIME_RIGHT, false);
  }

  @Test
  void aContextCapturedInsideACallCarriesItToAnotherThread() throws Exception {
    TouchpointCall checkout = TouchpointRuntime.begin(CHECKOUT);
    Context captured = Context.current();
    checkout.end();

    Thread worker = new Thread(captured.wrap(() -> TouchpointRuntime.begin(PAYMENT).end()));
    worker.start();
    worker.join();

    assertThat(span("payments.authorise")).hasParentSpanId(span("checkout.place-order").getSpanId());
  }

  private static SpanData span(String name) {
    return otel.getSpans().stream().filter(span -> span.getName().equals(name)).findFirst().orElseThrow();
  }
}
