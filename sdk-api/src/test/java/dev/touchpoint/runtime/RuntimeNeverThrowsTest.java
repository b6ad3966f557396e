package dev.touchpoint.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Experience;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
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
    Experience.useOpenTelemetry(sdkWith(new Throwing(true, false)));

    TouchpointCall call = TouchpointRuntime.begin(PAY);
    boolean spanInside = Span.current().getSpanContext().isValid();
    assertThat(call.end("paid")).isEqualTo("paid");

    assertThat(spanInside).isFalse();
    assertThat(Context.current()).isSameAs(Context.root());
  }

  @Test
  void aProcessorThatThrowsOnEndNeverReachesTheApplication() {
    Experience.useOpenTelemetry(sdkWith(new Throwing(false, true)));
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

  /** A broken exporter pipeline, as a real SDK would run it. */
  private record Throwing(boolean onStart, boolean onEnd) implements SpanProcessor {
    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
      if (onStart) {
        throw new IllegalStateException("processor broken on start");
      }
    }

    @Override
    public boolean isStartRequired() {
      return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
      if (onEnd) {
        throw new IllegalStateException("processor broken on end");
      }
    }

    @Override
    public boolean isEndRequired() {
      return true;
    }
  }
}
