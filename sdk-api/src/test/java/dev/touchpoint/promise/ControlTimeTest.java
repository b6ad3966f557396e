package dev.touchpoint.promise;

import static dev.touchpoint.promise.Shop.AUTHORISE;
import static dev.touchpoint.promise.Shop.FRAUD_CHECK;
import static dev.touchpoint.promise.Shop.PLACE_ORDER;
import static dev.touchpoint.promise.Shop.SANCTIONS;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.CxAttributes;
import dev.touchpoint.Experience;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How much of an experience is process: the share of a touchpoint's time spent in controls. */
class ControlTimeTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  @BeforeEach
  void recordIntoTestSdk() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
  }

  SpanData span(String name) {
    return otel.getSpans().stream().filter(span -> span.getName().equals(name)).findFirst().orElseThrow();
  }

  double share(String name) {
    return span(name).getAttributes().get(CxAttributes.CONTROL_TIME_SHARE);
  }

  long durationNanos(String name) {
    SpanData span = span(name);
    return span.getEndEpochNanos() - span.getStartEpochNanos();
  }

  @Test
  void aTouchpointReportsTheShareOfItsTimeSpentInControls() {
    PLACE_ORDER.run(() -> {
      FRAUD_CHECK.run(() -> Shop.pause(60));
      Shop.pause(60);
    });

    double expected = (double) durationNanos("fraud-check") / durationNanos("checkout.place-order");
    assertThat(share("checkout.place-order")).isBetween(expected - 0.05, expected + 0.05).isBetween(0.2, 0.8);
    assertThat(span("fraud-check")).hasAttribute(CxAttributes.CONTROL, "fraud-check");
  }

  @Test
  void controlTimeCountsForEveryTouchpointAroundIt() {
    PLACE_ORDER.run(() -> AUTHORISE.run(() -> FRAUD_CHECK.run(() -> Shop.pause(40))));

    assertThat(share("payments.authorise")).isGreaterThan(share("checkout.place-order"));
    assertThat(share("checkout.place-order")).isGreaterThan(0.3);
  }

  @Test
  void aControlInsideAControlIsCountedOnce() {
    PLACE_ORDER.run(() -> FRAUD_CHECK.run(() -> SANCTIONS.run(() -> Shop.pause(40))));

    assertThat(share("checkout.place-order")).isLessThanOrEqualTo(1.0).isGreaterThan(0.5);
  }

  @Test
  void withoutControlsTheShareIsZero() {
    PLACE_ORDER.run(() -> {});

    assertThat(share("checkout.place-order")).isZero();
  }

  @Test
  void aControlOutsideAnyTouchpointIsStillMeasured() {
    FRAUD_CHECK.run(() -> {});

    assertThat(span("fraud-check")).hasAttribute(CxAttributes.CONTROL, "fraud-check");
  }
}
