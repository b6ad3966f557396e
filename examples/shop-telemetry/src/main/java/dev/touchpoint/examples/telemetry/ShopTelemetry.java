package dev.touchpoint.examples.telemetry;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How every service of the shop sets up OpenTelemetry, as a team's shared starter would: the
 * standard {@code otel.*} properties choose the exporters (none by default, so the example needs
 * no backend), every touchpoint span is printed on the console as one line, and the experience
 * metrics are summed up when the service stops.
 *
 * <p>Spans to a real backend take one property more, for example
 * {@code -Dotel.traces.exporter=zipkin -Dotel.exporter.zipkin.endpoint=http://127.0.0.1:9411/api/v2/spans},
 * or {@code otlp} with {@code otel.exporter.otlp.endpoint} for a Collector, Jaeger or Tempo.
 * {@code -Dshop.spans.file=spans.jsonl} also writes every span there as OTLP JSON, for the
 * experience report.
 */
public final class ShopTelemetry {

  private ShopTelemetry() {}

  /** Starts the service's SDK and registers it as the global one, which Touchpoint records into. */
  public static OpenTelemetrySdk start(String serviceName) {
    PrintStream console = System.out;
    return AutoConfiguredOpenTelemetrySdk.builder()
        .addPropertiesSupplier(() -> Map.of(
            "otel.service.name", serviceName,
            "otel.traces.exporter", "none",
            "otel.metrics.exporter", "none",
            "otel.logs.exporter", "none"))
        .addTracerProviderCustomizer((tracing, config) -> {
          tracing.addSpanProcessor(SimpleSpanProcessor.create(new ConsoleSpanPrinter(console)));
          String spansFile = config.getString(OtlpJsonFile.PROPERTY);
          return spansFile == null ? tracing : tracing.addSpanProcessor(OtlpJsonFile.to(Path.of(spansFile)));
        })
        // Read once, when the SDK shuts down with the service: the summary is of its whole life.
        .addMeterProviderCustomizer((metering, config) -> metering.registerMetricReader(
            PeriodicMetricReader.builder(new ExperienceSummary(console)).setInterval(Duration.ofDays(1)).build()))
        .setResultAsGlobal()
        .build()
        .getOpenTelemetrySdk();
  }
}
