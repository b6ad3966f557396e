package dev.touchpoint.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Experience;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A telemetry pipeline that throws must never change what the application sees. */
class RuntimeNeverThrowsTest {

  static final TouchpointDescriptor PAY =
      TouchpointDescriptor.builder("checkout.pay", CustomerKind.EXTERNAL).build();

  @AfterEach
  void backToGlobal() {
    Experience.useGlobalOpenTelemetry();
  }

  @Test
  void aProcessorThatThrowsOnStartCostsTheSpanButTheCallStillWorks() {
    Experience.useOpenTelemetry(sdkWith(new ThrowingSpanProcessor(true, false)));

    TouchpointCall call = TouchpointRuntime.begin(PAY);
    boolean spanInside = Span.current().getSpanContext().isValid();
    assertThat(call.end("paid")).isEqualTo("paid");

    assertThat(spanInside).isFalse();
    assertThat(Context.current()).isSameAs(Context.root());
  }

  @Test
  void aProcessorThatThrowsOnEndNeverReachesTheApplication() {
    Experience.useOpenTelemetry(sdkWith(new ThrowingSpanProcessor(false, true)));
    IllegalStateException failure = new IllegalStateException("declined");

    assertThat(TouchpointRuntime.begin(PAY).end("paid")).isEqualTo("paid");
    TouchpointCall failing = TouchpointRuntime.begin(PAY);
    failing.fail(failure);
    CompletableFuture<String> stage = new CompletableFuture<>();
    assertThat(TouchpointRuntime.begin(PAY).endOnCompletion(stage)).isSameAs(stage);
    stage.complete("later");

    var touchpoint = Experience.touchpoint("checkout.pay", CustomerKind.EXTERNAL).build();
    assertThatThrownBy(() -> touchpoint.run(() -> { throw failure; })).isSameAs(failure);
    assertThat(Span.current().getSpanContext().isValid()).isFalse();
  }

  private static OpenTelemetrySdk sdkWith(SpanProcessor processor) {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(processor).build())
        .build();
  }
}
