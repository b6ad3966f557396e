package dev.touchpoint;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchpoint.runtime.PromiseDescriptor;
import dev.touchpoint.runtime.TouchpointCall;
import dev.touchpoint.runtime.TouchpointDescriptor;
import dev.touchpoint.runtime.TouchpointRuntime;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TouchpointSpansTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  static final TouchpointDefinition PLACE_ORDER =
      Experience.touchpoint("checkout.place-order", CustomerKind.EXTERNAL)
          .customer("shopper")
          .journey("checkout")
          .owner("checkout-team")
          .promise("fast", "300ms")
          .promise("right-first-time")
          .build();

  static final TouchpointDefinition CHARGE_CARD =
      Experience.touchpoint("payments.charge", CustomerKind.PARTNER).customer("acquirer").build();

  @BeforeEach
  void recordIntoTestSdk() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
  }

  @Test
  void aCallBecomesASpanNamedAfterTheTouchpointWithItsCustomerAttributes() {
    String result = PLACE_ORDER.call(() -> "receipt-1");

    assertThat(result).isEqualTo("receipt-1");
    assertThat(otel.getSpans())
        .singleElement()
        .satisfies(
            span ->
                assertThat(span)
                    .hasName("checkout.place-order")
                    .hasAttributesSatisfyingExactly(
                        equalTo(CxAttributes.TOUCHPOINT, "checkout.place-order"),
                        equalTo(CxAttributes.CUSTOMER_KIND, "external"),
                        equalTo(CxAttributes.CUSTOMER_SEGMENT, "shopper"),
                        equalTo(CxAttributes.JOURNEY, "checkout"),
                        equalTo(CxAttributes.OWNER, "checkout-team"),
                        equalTo(CxAttributes.PROMISES, List.of("fast", "right-first-time")),
                        equalTo(CxAttributes.PROMISE_KEPT, true),
                        equalTo(CxAttributes.CONTROL_TIME_SHARE, 0.0),
                        equalTo(CxAttributes.JOURNEY_FIRST_TIME_RIGHT, true))
                    .hasStatus(io.opentelemetry.sdk.trace.data.StatusData.unset())
                    .hasEnded());
  }

  @Test
  void optionalPartsLeftOutAreNotWritten() {
    CHARGE_CARD.run(() -> {});

    assertThat(otel.getSpans().get(0))
        .hasAttributesSatisfyingExactly(
            equalTo(CxAttributes.TOUCHPOINT, "payments.charge"),
            equalTo(CxAttributes.CUSTOMER_KIND, "partner"),
            equalTo(CxAttributes.CUSTOMER_SEGMENT, "acquirer"),
            equalTo(CxAttributes.PROMISE_KEPT, true),
            equalTo(CxAttributes.CONTROL_TIME_SHARE, 0.0));
  }

  @Test
  void theCodeLocationUsesOpenTelemetrysCodeAttribute() {
    TouchpointDescriptor descriptor =
        TouchpointDescriptor.builder("ledger.reconcile", CustomerKind.INTERNAL)
            .customer("finance")
            .code("com.shop.Ledger$Daily", "reconcile")
            .build();

    TouchpointRuntime.begin(descriptor).end();

    assertThat(otel.getSpans().get(0))
        .hasAttribute(AttributeKey.stringKey("code.function.name"), "com.shop.Ledger$Daily.reconcile")
        .hasAttribute(CxAttributes.CUSTOMER_KIND, "internal");
  }

  @Test
  void anEscapingExceptionIsRecordedAndRethrownUnchanged() {
    IOException failure = new IOException("card declined");

    assertThatThrownBy(() -> PLACE_ORDER.call(() -> { throw failure; })).isSameAs(failure);

    SpanData span = otel.getSpans().get(0);
    assertThat(span)
        .hasStatus(io.opentelemetry.sdk.trace.data.StatusData.error())
        .hasAttribute(AttributeKey.stringKey("error.type"), "java.io.IOException")
        .hasException(failure)
        .hasEnded();
  }

  @Test
  void anErrorIsRecordedAndRethrownUnchangedToo() {
    AssertionError failure = new AssertionError("broken invariant");

    assertThatThrownBy(() -> CHARGE_CARD.run(() -> { throw failure; })).isSameAs(failure);

    assertThat(otel.getSpans().get(0).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }

  @Test
  void theSpanIsCurrentInsideTheCallAndNotAfterIt() {
    Span inside = PLACE_ORDER.call(Span::current);

    assertThat(inside.getSpanContext()).isEqualTo(otel.getSpans().get(0).getSpanContext());
    assertThat(Span.current().getSpanContext().isValid()).isFalse();
  }

  @Test
  void nestedTouchpointsNestAsParentAndChild() {
    PLACE_ORDER.run(() -> CHARGE_CARD.run(() -> {}));

    List<SpanData> spans = otel.getSpans();
    SpanData outer = spans.stream().filter(s -> s.getName().equals("checkout.place-order")).findFirst().orElseThrow();
    SpanData inner = spans.stream().filter(s -> s.getName().equals("payments.charge")).findFirst().orElseThrow();
    assertThat(inner).hasParent(outer);
    assertThat(outer.getParentSpanContext().isValid()).isFalse();
  }

  @Test
  void aTouchpointInsideAnotherSpanBecomesItsChild() {
    Span request = otel.getOpenTelemetry().getTracer("test").spanBuilder("GET /checkout").startSpan();
    try (var scope = request.makeCurrent()) {
      PLACE_ORDER.run(() -> {});
    } finally {
      request.end();
    }

    SpanData touchpoint = otel.getSpans().get(0);
    assertThat(touchpoint.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
  }

  @Test
  void aDescriptorCallEndsExactlyOnceWhateverTheRuntimeIsAsked() {
    TouchpointCall call = TouchpointRuntime.begin(PLACE_ORDER.descriptor());
    assertThat(call.isRecorded()).isTrue();
    call.end();

    assertThat(otel.getSpans()).hasSize(1);
    assertThat(Span.current().getSpanContext().isValid()).isFalse();
  }

  @Test
  void promisesKeepTheirParsedBounds() {
    assertThat(PLACE_ORDER.descriptor().promises())
        .containsExactly(
            PromiseDescriptor.of("fast", java.time.Duration.ofMillis(300)),
            PromiseDescriptor.of("right-first-time"));
  }
}
