package dev.touchpoint.benchmarks.calls;

import dev.touchpoint.benchmarks.exporter.DroppingSpanExporter;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;

/** The states a call is measured in: what OpenTelemetry SDK, if any, the application installed. */
public enum SdkState {

  /** No SDK: GlobalOpenTelemetry is never set, the API is a no-op. */
  NONE,
  /** An SDK whose sampler records no span; metrics still record. */
  UNSAMPLED,
  /** An SDK recording every span into a batch processor and an exporter that drops them. */
  RECORDING;

  public static SdkState of(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Installs this state's SDK as the global one, the way an application would; null for {@link #NONE}. */
  OpenTelemetrySdk install() {
    if (this == NONE) {
      return null;
    }
    return OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .setSampler(this == RECORDING ? Sampler.alwaysOn() : Sampler.alwaysOff())
            .addSpanProcessor(BatchSpanProcessor.builder(new DroppingSpanExporter()).build())
            .build())
        // A reader that collects only at shutdown: instruments record, nothing is exported mid-run.
        .setMeterProvider(SdkMeterProvider.builder()
            .registerMetricReader(PeriodicMetricReader.builder(new DroppingMetricExporter())
                .setInterval(Duration.ofDays(1)).build())
            .build())
        .buildAndRegisterGlobal();
  }

  /** The OpenTelemetry a hand-written instrumentation would use in this state. */
  static OpenTelemetry api(OpenTelemetrySdk installed) {
    return installed != null ? installed : OpenTelemetry.noop();
  }

  private static final class DroppingMetricExporter implements MetricExporter {
    @Override
    public CompletableResultCode export(Collection<MetricData> metrics) {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
      return AggregationTemporality.CUMULATIVE;
    }
  }
}
