package dev.touchpoint.agent.supply;

import dev.touchpoint.agent.AgentLog;
import dev.touchpoint.runtime.TouchpointRuntime;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Builds the agent's own SDK from the {@code otel.*} properties and hands it to the runtime as a
 * fallback, not as the global instance: the application may still register its own, which then
 * takes over. Metrics and logs are off unless configured: the agent is asked for traces.
 */
final class SdkInstaller {

  private static final Duration EXIT_WAIT = Duration.ofSeconds(2);

  private SdkInstaller() {}

  static String install() {
    OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
        .addPropertiesSupplier(() -> Map.of(
            "otel.metrics.exporter", "none",
            "otel.logs.exporter", "none"))
        .disableShutdownHook()
        .build()
        .getOpenTelemetrySdk();
    TouchpointRuntime.useFallbackOpenTelemetry(sdk);
    String exporter = System.getProperty("otel.traces.exporter", System.getenv().getOrDefault("OTEL_TRACES_EXPORTER", "otlp"));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutDown(sdk, exporter), "touchpoint-agent-sdk-shutdown"));
    return "the agent's own OpenTelemetry SDK (otel.traces.exporter=" + exporter
        + ") until the application registers its own";
  }

  /**
   * Flushes what is left at exit, for at most {@link #EXIT_WAIT}: the SDK's own hook waits for the
   * exporter's timeout (10 s for OTLP), and an application must never take that long to stop
   * because an agent's collector is down.
   */
  private static void shutDown(OpenTelemetrySdk sdk, String exporter) {
    CompletableResultCode done = sdk.shutdown().join(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    if (!done.isDone()) {
      AgentLog.warnOnce("exit", "the agent's OpenTelemetry SDK did not finish exporting within "
          + EXIT_WAIT.toSeconds() + " s of exit (otel.traces.exporter=" + exporter + "); what it had not sent is dropped");
    }
  }
}
