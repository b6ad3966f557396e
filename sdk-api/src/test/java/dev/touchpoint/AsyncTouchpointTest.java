package dev.touchpoint;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.StatusData;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AsyncTouchpointTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  static final TouchpointDefinition QUOTE =
      Experience.touchpoint("shipping.quote", CustomerKind.EXTERNAL).customer("shopper").build();

  @BeforeEach
  void recordIntoTestSdk() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
  }

  @Test
  void theSpanEndsWhenTheStageCompletesNotWhenTheMethodReturns() {
    CompletableFuture<String> pending = new CompletableFuture<>();

    CompletableFuture<String> returned = QUOTE.callAsync(() -> pending);

    assertThat(returned).isSameAs(pending);
    assertThat(otel.getSpans()).isEmpty();
    assertThat(Span.current().getSpanContext().isValid()).isFalse();

    pending.complete("4.95");

    assertThat(otel.getSpans()).singleElement().satisfies(span ->
        assertThat(span).hasName("shipping.quote").hasStatus(StatusData.unset()).hasEnded());
  }

  @Test
  void aStageThatFailsEndsTheSpanWithTheApplicationsException() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    IllegalStateException failure = new IllegalStateException("no carrier");

    CompletionStage<String> returned = QUOTE.callAsync(() -> pending);
    // The dependent stage wraps the failure in a CompletionException; the span must not.
    CompletableFuture<String> dependent = returned.thenApply(price -> price).toCompletableFuture();
    pending.completeExceptionally(failure);

    assertThat(dependent).isCompletedExceptionally();
    assertThat(otel.getSpans()).singleElement().satisfies(span ->
        assertThat(span)
            .hasStatus(StatusData.error())
            .hasException(failure)
            .hasAttribute(AttributeKey.stringKey("error.type"), "java.lang.IllegalStateException"));
    assertThatThrownBy(pending::get).isInstanceOf(ExecutionException.class).hasCause(failure);
  }

  @Test
  void aStageCompletedOnAnotherThreadStillEndsTheSpan() throws Exception {
    CompletableFuture<Integer> work = QUOTE.callAsync(() -> CompletableFuture.supplyAsync(() -> 42));

    assertThat(work.get()).isEqualTo(42);
    // whenComplete may run just after get() returns on the completing thread.
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (otel.getSpans().isEmpty() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(otel.getSpans()).hasSize(1);
  }

  @Test
  void aStageThatIsAlreadyCompleteEndsTheSpanAtOnce() {
    QUOTE.callAsync(() -> CompletableFuture.completedFuture("free"));

    assertThat(otel.getSpans()).hasSize(1);
  }

  @Test
  void aNullStageEndsTheSpanAndIsReturned() {
    CompletionStage<String> returned = QUOTE.callAsync(() -> null);

    assertThat(returned).isNull();
    assertThat(otel.getSpans()).hasSize(1);
  }

  @Test
  void aBodyThatThrowsBeforeReturningAStageFailsTheSpan() {
    RuntimeException failure = new RuntimeException("rejected");

    assertThatThrownBy(() -> QUOTE.callAsync(() -> { throw failure; })).isSameAs(failure);

    assertThat(otel.getSpans().get(0)).hasStatus(StatusData.error()).hasException(failure);
  }
}
