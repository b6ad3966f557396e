package dev.touchpoint.promise;

import static dev.touchpoint.promise.Shop.AUTHORISE;
import static dev.touchpoint.promise.Shop.PLACE_ORDER;
import static dev.touchpoint.promise.Shop.QUICK_LOOKUP;
import static dev.touchpoint.promise.Shop.RESTOCK;
import static dev.touchpoint.promise.Shop.RETRY;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchpoint.CxAttributes;
import dev.touchpoint.Experience;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each way a promise is kept or broken: time, exception, tolerated exception, recovery. */
class PromiseOutcomeTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  @BeforeEach
  void recordIntoTestSdk() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
  }

  SpanData span(String name) {
    return otel.getSpans().stream().filter(span -> span.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no span " + name + " in " + otel.getSpans()));
  }

  @Test
  void aFastCallWithoutFailureOrRecoveryKeepsEveryPromise() {
    AUTHORISE.call(() -> "ok");

    assertThat(span("payments.authorise")).hasAttribute(CxAttributes.PROMISE_KEPT, true);
    assertThat(span("payments.authorise").getAttributes().get(CxAttributes.PROMISE_BROKEN)).isNull();
  }

  @Test
  void aCallSlowerThanTheBoundBreaksThatPromiseOnly() {
    QUICK_LOOKUP.run(() -> Shop.pause(25));

    assertThat(span("catalog.lookup"))
        .hasAttribute(CxAttributes.PROMISE_KEPT, false)
        .hasAttribute(CxAttributes.PROMISE_BROKEN, List.of("instant"));
  }

  @Test
  void anExceptionBreaksEveryPromiseThatDoesNotTolerateIt() {
    assertThatThrownBy(() -> PLACE_ORDER.run(() -> { throw new IllegalArgumentException("bad cart"); }))
        .hasMessage("bad cart");

    assertThat(span("checkout.place-order"))
        .hasAttribute(CxAttributes.PROMISE_KEPT, false)
        .hasAttribute(CxAttributes.PROMISE_BROKEN, List.of("fast", "right-first-time"));
  }

  @Test
  void aToleratedExceptionIsABusinessOutcomeThatBreaksOnlyThePromisesThatDoNotTolerateIt() {
    assertThatThrownBy(() -> PLACE_ORDER.run(() -> { throw new Shop.OutOfStock(); })).isInstanceOf(Shop.OutOfStock.class);

    assertThat(span("checkout.place-order"))
        .hasAttribute(CxAttributes.PROMISE_KEPT, false)
        .hasAttribute(CxAttributes.PROMISE_BROKEN, List.of("fast"));
  }

  @Test
  void aSubclassOfAToleratedExceptionIsToleratedToo() {
    assertThatThrownBy(() -> RESTOCK.run(() -> { throw new Shop.DiscontinuedItem(); }))
        .isInstanceOf(Shop.DiscontinuedItem.class);

    assertThat(span("inventory.restock")).hasAttribute(CxAttributes.PROMISE_KEPT, true);
  }

  @Test
  void aRecoveryInsideBreaksThePromisesOfEveryTouchpointAroundIt() {
    PLACE_ORDER.run(() -> AUTHORISE.run(() -> RETRY.run(() -> {})));

    assertThat(span("payments.authorise")).hasAttribute(CxAttributes.PROMISE_KEPT, false)
        .hasAttribute(CxAttributes.PROMISE_BROKEN, List.of("fast"));
    assertThat(span("checkout.place-order")).hasAttribute(CxAttributes.PROMISE_KEPT, false)
        .hasAttribute(CxAttributes.PROMISE_BROKEN, List.of("fast", "right-first-time"));
    assertThat(span("payments.retry")).hasAttribute(CxAttributes.RECOVERY, "payments.retry");
  }

  @Test
  void aRecoveryLinksToTheFailedFirstAttempt() {
    PLACE_ORDER.run(() -> {
      try {
        AUTHORISE.run(() -> { throw new IllegalStateException("declined"); });
      } catch (IllegalStateException declined) {
        RETRY.run(() -> AUTHORISE.run(() -> {}));
      }
    });

    SpanData firstAttempt = otel.getSpans().stream()
        .filter(span -> span.getName().equals("payments.authorise") && !span.getStatus().getStatusCode().name().equals("UNSET"))
        .findFirst().orElseThrow();
    SpanData retry = span("payments.retry");
    assertThat(retry.getLinks()).singleElement()
        .satisfies(link -> assertThat(link.getSpanContext()).isEqualTo(firstAttempt.getSpanContext()));
    assertThat(retry.getParentSpanId()).isEqualTo(span("checkout.place-order").getSpanId());
  }

  @Test
  void aRecoveryWithNoFailedAttemptBeforeItHasNoLink() {
    PLACE_ORDER.run(() -> RETRY.run(() -> {}));

    assertThat(span("payments.retry").getLinks()).isEmpty();
  }

  @Test
  void anAsynchronousOutcomeIsJudgedWhenTheStageCompletes() {
    CompletableFuture<String> slow = new CompletableFuture<>();
    QUICK_LOOKUP.callAsync(() -> slow);
    Shop.pause(25);
    slow.complete("found");

    CompletableFuture<String> outOfStock = new CompletableFuture<>();
    PLACE_ORDER.callAsync(() -> outOfStock);
    outOfStock.completeExceptionally(new Shop.OutOfStock());

    assertThat(span("catalog.lookup")).hasAttribute(CxAttributes.PROMISE_BROKEN, List.of("instant"));
    assertThat(span("checkout.place-order")).hasAttribute(CxAttributes.PROMISE_BROKEN, List.of("fast"));
  }

  @Test
  void aTouchpointWithNoPromisesKeepsThemAll() {
    Experience.touchpoint("catalog.browse", dev.touchpoint.CustomerKind.EXTERNAL).build().run(() -> {});

    assertThat(span("catalog.browse")).hasAttribute(CxAttributes.PROMISE_KEPT, true);
  }
}
