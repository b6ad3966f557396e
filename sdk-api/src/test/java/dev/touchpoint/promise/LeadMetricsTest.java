package dev.touchpoint.promise;

import static dev.touchpoint.promise.Shop.AUTHORISE;
import static dev.touchpoint.promise.Shop.FRAUD_CHECK;
import static dev.touchpoint.promise.Shop.PLACE_ORDER;
import static dev.touchpoint.promise.Shop.QUICK_LOOKUP;
import static dev.touchpoint.promise.Shop.RETRY;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.Customer;
import dev.touchpoint.CxAttributes;
import dev.touchpoint.Experience;
import dev.touchpoint.Feedback;
import dev.touchpoint.ServingScope;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The lead indicators, as an observability team queries them: names, units, attributes, buckets. */
class LeadMetricsTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  /** Every attribute a Touchpoint metric may carry: names from the code, kinds and segments. */
  static final Set<String> BOUNDED = Set.of("cx.touchpoint", "cx.customer.kind", "cx.customer.segment",
      "cx.promise.kept", "cx.promise", "cx.promise.outcome", "cx.recovery", "cx.control", "cx.journey",
      "cx.feedback.scale");

  @BeforeEach
  void recordIntoTestSdk() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
  }

  MetricData metric(String name) {
    return otel.getMetrics().stream().filter(metric -> metric.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + name + " in " + otel.getMetrics()));
  }

  @Test
  void touchpointDurationIsAHistogramInSecondsByTouchpointCustomerAndOutcome() {
    AUTHORISE.run(() -> {});
    QUICK_LOOKUP.run(() -> Shop.pause(20));

    assertThat(metric("cx.touchpoint.duration"))
        .hasUnit("s")
        .hasHistogramSatisfying(histogram -> histogram.hasPointsSatisfying(
            point -> point.hasCount(1).hasAttributesSatisfyingExactly(
                equalTo(CxAttributes.TOUCHPOINT, "payments.authorise"),
                equalTo(CxAttributes.CUSTOMER_KIND, "partner"),
                equalTo(CxAttributes.CUSTOMER_SEGMENT, "card-acquirer"),
                equalTo(CxAttributes.PROMISE_KEPT, true)),
            point -> point.hasCount(1).hasAttributesSatisfyingExactly(
                equalTo(CxAttributes.TOUCHPOINT, "catalog.lookup"),
                equalTo(CxAttributes.CUSTOMER_KIND, "external"),
                equalTo(CxAttributes.CUSTOMER_SEGMENT, "shopper"),
                equalTo(CxAttributes.PROMISE_KEPT, false))));
  }

  @Test
  void everyDeclaredBoundIsABucketBoundary() {
    AUTHORISE.run(() -> {});

    assertThat(metric("cx.touchpoint.duration").getHistogramData().getPoints()).singleElement()
        .satisfies(point -> assertThat(point.getBoundaries()).contains(0.001, 0.3, 2.0));
  }

  @Test
  void promiseOutcomesCountKeptAndBrokenPerPromise() {
    QUICK_LOOKUP.run(() -> Shop.pause(20));
    QUICK_LOOKUP.run(() -> Shop.pause(20));

    assertThat(metric("cx.promise.outcomes"))
        .hasLongSumSatisfying(sum -> sum.isMonotonic().hasPointsSatisfying(
            point -> point.hasValue(2).hasAttributesSatisfyingExactly(
                equalTo(CxAttributes.TOUCHPOINT, "catalog.lookup"),
                equalTo(CxAttributes.PROMISE, "instant"),
                equalTo(CxAttributes.PROMISE_OUTCOME, "broken")),
            point -> point.hasValue(2).hasAttributesSatisfyingExactly(
                equalTo(CxAttributes.TOUCHPOINT, "catalog.lookup"),
                equalTo(CxAttributes.PROMISE, "right-first-time"),
                equalTo(CxAttributes.PROMISE_OUTCOME, "kept"))));
  }

  @Test
  void recoveriesCountPerRecoveryAndTheTouchpointTheyRanIn() {
    PLACE_ORDER.run(() -> RETRY.run(() -> {}));
    RETRY.run(() -> {});

    assertThat(metric("cx.recoveries"))
        .hasLongSumSatisfying(sum -> sum.hasPointsSatisfying(
            point -> point.hasValue(1).hasAttributesSatisfyingExactly(
                equalTo(CxAttributes.TOUCHPOINT, "checkout.place-order"),
                equalTo(CxAttributes.RECOVERY, "payments.retry")),
            point -> point.hasValue(1).hasAttributesSatisfyingExactly(
                equalTo(CxAttributes.RECOVERY, "payments.retry"))));
  }

  @Test
  void controlDurationIsAHistogramByControl() {
    FRAUD_CHECK.run(() -> Shop.pause(5));

    assertThat(metric("cx.control.duration"))
        .hasUnit("s")
        .hasHistogramSatisfying(histogram -> histogram.hasPointsSatisfying(
            point -> point.hasCount(1).hasAttributesSatisfyingExactly(equalTo(CxAttributes.CONTROL, "fraud-check"))));
  }

  @Test
  void noMetricEverCarriesAnAttributeOutsideTheBoundedSet() {
    try (ServingScope scope = Experience.serving(Customer.external("shopper"))) {
      PLACE_ORDER.run(() -> AUTHORISE.run(() -> FRAUD_CHECK.run(() -> RETRY.run(() -> {}))));
      QUICK_LOOKUP.run(() -> Shop.pause(5));
      Experience.feedback(Feedback.csat(4).forJourney("checkout"));
    }

    Set<String> seen = new HashSet<>();
    for (MetricData metric : otel.getMetrics()) {
      for (PointData point : metric.getData().getPoints()) {
        point.getAttributes().forEach((AttributeKey<?> key, Object value) -> seen.add(key.getKey()));
      }
    }
    assertThat(otel.getMetrics()).extracting(MetricData::getName).contains("cx.touchpoint.duration",
        "cx.promise.outcomes", "cx.recoveries", "cx.control.duration", "cx.feedback.score");
    assertThat(seen).isSubsetOf(BOUNDED).doesNotContain("cx.end_customer.kind", "cx.end_customer.segment");
  }
}
