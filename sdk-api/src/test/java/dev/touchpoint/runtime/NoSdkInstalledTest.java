package dev.touchpoint.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchpoint.Customer;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Experience;
import dev.touchpoint.ServingScope;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NoSdkInstalledTest {

  static final TouchpointDescriptor BROWSE =
      TouchpointDescriptor.builder("catalog.browse", CustomerKind.EXTERNAL)
          .customer("shopper")
          .promise(PromiseDescriptor.of("fast", "200ms"))
          .build();

  final InMemorySpanExporter exporter = InMemorySpanExporter.create();

  @BeforeEach
  void noGlobalSdk() {
    GlobalOpenTelemetry.resetForTest();
    Experience.useGlobalOpenTelemetry();
  }

  @AfterEach
  void resetGlobal() {
    GlobalOpenTelemetry.resetForTest();
    Experience.useGlobalOpenTelemetry();
  }

  @Test
  void callsRecordNothingAndPassResultsAndExceptionsThrough() {
    TouchpointCall call = TouchpointRuntime.begin(BROWSE);
    assertThat(call.isRecorded()).isFalse();
    assertThat(Span.current().getSpanContext().isValid()).isFalse();
    assertThat(call.end("page")).isEqualTo("page");

    IllegalStateException failure = new IllegalStateException("catalog down");
    TouchpointCall failing = TouchpointRuntime.begin(BROWSE);
    failing.fail(failure);

    CompletableFuture<String> stage = CompletableFuture.completedFuture("later");
    assertThat(TouchpointRuntime.begin(BROWSE).endOnCompletion(stage)).isSameAs(stage);
    assertThat(TouchpointRuntime.isRecording()).isFalse();
  }

  @Test
  void theProgrammaticApiWorksUnchanged() {
    var touchpoint = Experience.touchpoint("catalog.search", CustomerKind.EXTERNAL).build();
    RuntimeException failure = new RuntimeException("bad query");

    try (ServingScope scope = Experience.serving(Customer.external("shopper"))) {
      assertThat(touchpoint.call(() -> 7)).isEqualTo(7);
      assertThatThrownBy(() -> touchpoint.run(() -> { throw failure; })).isSameAs(failure);
      assertThat(Experience.endCustomer()).contains(Customer.external("shopper"));
    }
  }

  @Test
  void aCallAllocatesNothing() {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long threadId = Thread.currentThread().getId();
    for (int i = 0; i < 20_000; i++) { // warm up, including the runtime's periodic look for an SDK
      TouchpointRuntime.begin(BROWSE).end();
    }

    long before = threads.getThreadAllocatedBytes(threadId);
    for (int i = 0; i < 100_000; i++) {
      TouchpointRuntime.begin(BROWSE).end();
    }
    long allocated = threads.getThreadAllocatedBytes(threadId) - before;

    // 100,000 calls; the allowance covers the measuring calls themselves, not one byte per call.
    assertThat(allocated).isLessThan(10_000);
  }

  @Test
  void anSdkRegisteredLaterIsFoundWithinOneProbeInterval() {
    TouchpointRuntime.begin(BROWSE).end();
    TouchpointCall before = TouchpointRuntime.begin(BROWSE);
    before.end();
    assertThat(before.isRecorded()).isFalse();

    GlobalOpenTelemetry.set(sdkRecordingInto(exporter));
    for (int i = 0; i <= TouchpointRuntime.PROBE_INTERVAL; i++) {
      TouchpointRuntime.begin(BROWSE).end();
    }

    assertThat(exporter.getFinishedSpanItems()).isNotEmpty();
    TouchpointCall call = TouchpointRuntime.begin(BROWSE);
    call.end();
    assertThat(call.isRecorded()).isTrue();
  }

  @Test
  void useGlobalOpenTelemetryLooksAtOnce() {
    TouchpointRuntime.begin(BROWSE).end();
    GlobalOpenTelemetry.set(sdkRecordingInto(exporter));

    Experience.useGlobalOpenTelemetry();
    TouchpointRuntime.begin(BROWSE).end();

    assertThat(exporter.getFinishedSpanItems()).singleElement()
        .satisfies(span -> assertThat(span.getName()).isEqualTo("catalog.browse"));
  }

  @Test
  void aGlobalNoopIsSettledAndNeverRecords() {
    GlobalOpenTelemetry.set(OpenTelemetry.noop());
    Experience.useGlobalOpenTelemetry();

    assertThat(TouchpointRuntime.isRecording()).isFalse();
    TouchpointCall call = TouchpointRuntime.begin(BROWSE);
    call.end();
    assertThat(call.isRecorded()).isFalse();
  }

  @Test
  void anExplicitInstanceWinsOverTheGlobalOne() {
    InMemorySpanExporter explicit = InMemorySpanExporter.create();
    GlobalOpenTelemetry.set(sdkRecordingInto(exporter));
    Experience.useOpenTelemetry(sdkRecordingInto(explicit));

    TouchpointRuntime.begin(BROWSE).end();

    assertThat(explicit.getFinishedSpanItems()).hasSize(1);
    assertThat(exporter.getFinishedSpanItems()).isEmpty();
  }

  private static OpenTelemetrySdk sdkRecordingInto(InMemorySpanExporter exporter) {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(
            SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
        .build();
  }
}
