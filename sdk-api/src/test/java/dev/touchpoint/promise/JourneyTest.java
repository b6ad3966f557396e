package dev.touchpoint.promise;

import static dev.touchpoint.promise.Shop.AUTHORISE;
import static dev.touchpoint.promise.Shop.PLACE_ORDER;
import static dev.touchpoint.promise.Shop.RESTOCK;
import static dev.touchpoint.promise.Shop.RETRY;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.CxAttributes;
import dev.touchpoint.Experience;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Touchpoints of one journey in a trace: the outermost reports whether it was right first time. */
class JourneyTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  @BeforeEach
  void recordIntoTestSdk() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
  }

  SpanData span(String name) {
    return otel.getSpans().stream().filter(span -> span.getName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aJourneyThatKeptEveryPromiseWasRightFirstTime() {
    PLACE_ORDER.run(() -> AUTHORISE.run(() -> {}));

    assertThat(span("checkout.place-order")).hasAttribute(CxAttributes.JOURNEY_FIRST_TIME_RIGHT, true);
    assertThat(span("payments.authorise").getAttributes().get(CxAttributes.JOURNEY_FIRST_TIME_RIGHT))
        .as("only the outermost touchpoint of the journey reports it").isNull();
  }

  @Test
  void aRecoveryAnywhereInTheJourneyMeansItWasNotRightFirstTime() {
    PLACE_ORDER.run(() -> AUTHORISE.run(() -> RETRY.run(() -> {})));

    assertThat(span("checkout.place-order")).hasAttribute(CxAttributes.JOURNEY_FIRST_TIME_RIGHT, false);
  }

  @Test
  void aBrokenPromiseInAnInnerTouchpointMeansItWasNotRightFirstTime() {
    PLACE_ORDER.run(() -> AUTHORISE.run(() -> Shop.pause(350)));

    assertThat(span("payments.authorise")).hasAttribute(CxAttributes.PROMISE_KEPT, false);
    assertThat(span("checkout.place-order")).hasAttribute(CxAttributes.JOURNEY_FIRST_TIME_RIGHT, false);
  }

  @Test
  void aNestedTouchpointOfAnotherJourneyStartsAJourneyOfItsOwn() {
    PLACE_ORDER.run(() -> RESTOCK.run(() -> RETRY.run(() -> {})));

    assertThat(span("inventory.restock")).hasAttribute(CxAttributes.JOURNEY_FIRST_TIME_RIGHT, false);
    assertThat(span("checkout.place-order")).hasAttribute(CxAttributes.JOURNEY_FIRST_TIME_RIGHT, false);
  }

  @Test
  void aJourneyFollowsTheContextToOtherThreads() throws Exception {
    var pool = Executors.newSingleThreadExecutor();
    try {
      PLACE_ORDER.run(() -> pool.submit(Context.current().wrap(() -> AUTHORISE.run(() -> RETRY.run(() -> {}))))
          .get(5, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }

    assertThat(span("checkout.place-order")).hasAttribute(CxAttributes.JOURNEY_FIRST_TIME_RIGHT, false);
  }

  @Test
  void touchpointsWithoutAJourneyReportNoJourneyOutcome() {
    Shop.QUICK_LOOKUP.run(() -> {});

    assertThat(span("catalog.lookup").getAttributes().get(CxAttributes.JOURNEY_FIRST_TIME_RIGHT)).isNull();
  }
}
