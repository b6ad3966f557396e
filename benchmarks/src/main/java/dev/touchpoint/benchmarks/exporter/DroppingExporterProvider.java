package dev.touchpoint.benchmarks.exporter;

import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.autoconfigure.spi.traces.ConfigurableSpanExporterProvider;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * Gives the OpenTelemetry Java agent the same exporter as the in-process SDK
 * ({@code -Dotel.javaagent.extensions=touchpoint-benchmarks-otel-extension.jar
 * -Dotel.traces.exporter=drop}), so both record into the same batch processor and exporter.
 */
public final class DroppingExporterProvider implements ConfigurableSpanExporterProvider {

  @Override
  public String getName() {
    return "drop";
  }

  @Override
  public SpanExporter createExporter(ConfigProperties config) {
    return new DroppingSpanExporter();
  }
}
