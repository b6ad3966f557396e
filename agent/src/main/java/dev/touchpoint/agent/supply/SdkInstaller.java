package dev.touchpoint.agent.supply;

import dev.touchpoint.runtime.TouchpointRuntime;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.util.Map;

/**
 * Builds the agent's own SDK from the {@code otel.*} properties and hands it to the runtime as a
 * fallback, not as the global instance: the application may still register its own, which then
 * takes over. Metrics and logs are off unless configured: the agent is asked for traces.
 */
final class SdkInstaller {

  private SdkInstaller() {}

  static String install() {
    OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
        .addPropertiesSupplier(() -> Map.of(
            "otel.metrics.exporter", "none",
            "otel.logs.exporter", "none"))
        .build()
        .getOpenTelemetrySdk();
    TouchpointRuntime.useFallbackOpenTelemetry(sdk);
    String exporter = System.getProperty("otel.traces.exporter", System.getenv().getOrDefault("OTEL_TRACES_EXPORTER", "otlp"));
    return "the agent's own OpenTelemetry SDK (otel.traces.exporter=" + exporter
        + ") until the application registers its own";
  }
}
