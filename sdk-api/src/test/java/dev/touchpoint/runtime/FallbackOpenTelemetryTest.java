package dev.touchpoint.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Experience;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agent's own SDK is used only until the application registers one of its own. */
class FallbackOpenTelemetryTest {

  static final TouchpointDescriptor BROWSE =
      TouchpointDescriptor.builder("catalog.browse", CustomerKind.EXTERNAL).build();

  final InMemorySpanExporter agentSdk = InMemorySpanExporter.create();
  final InMemorySpanExporter applicationSdk = InMemorySpanExporter.create();

  @BeforeEach
  void noGlobal() {
    GlobalOpenTelemetry.resetForTest();
    Experience.useGlobalOpenTelemetry();
  }

  @AfterEach
  void reset() {
    TouchpointRuntime.useFallbackOpenTelemetry(null);
    GlobalOpenTelemetry.resetForTest();
    Experience.useGlobalOpenTelemetry();
  }

  @Test
  void theFallbackRecordsWhileNoGlobalIsSetThenTheGlobalTakesOver() {
    TouchpointRuntime.useFallbackOpenTelemetry(sdk(agentSdk));
    TouchpointRuntime.begin(BROWSE).end();
    assertThat(agentSdk.getFinishedSpanItems()).hasSize(1);

    GlobalOpenTelemetry.set(sdk(applicationSdk));
    for (int i = 0; i <= TouchpointRuntime.PROBE_INTERVAL; i++) {
      TouchpointRuntime.begin(BROWSE).end();
    }
    int beforeSwitch = agentSdk.getFinishedSpanItems().size();
    TouchpointRuntime.begin(BROWSE).end();

    assertThat(applicationSdk.getFinishedSpanItems()).isNotEmpty();
    assertThat(agentSdk.getFinishedSpanItems()).hasSize(beforeSwitch);
  }

  @Test
  void aGlobalAlreadySetWinsOverTheFallback() {
    GlobalOpenTelemetry.set(sdk(applicationSdk));
    Experience.useGlobalOpenTelemetry();

    TouchpointRuntime.useFallbackOpenTelemetry(sdk(agentSdk));
    TouchpointRuntime.begin(BROWSE).end();

    assertThat(applicationSdk.getFinishedSpanItems()).hasSize(1);
    assertThat(agentSdk.getFinishedSpanItems()).isEmpty();
  }

  private static OpenTelemetrySdk sdk(InMemorySpanExporter exporter) {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
        .build();
  }
}
