package dev.touchpoint.testkit;

import dev.touchpoint.Experience;
import dev.touchpoint.runtime.TouchpointRuntime;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Records the touchpoints a test runs, with OpenTelemetry's own testing SDK, so that the test can
 * assert on them with {@link TouchpointAssertions#assertThat(TouchpointExtension)}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TouchpointExtension experience = TouchpointExtension.create();
 *
 * @Test
 * void aSmallOrderIsFast() {
 *   checkout.placeOrder(smallOrder);
 *
 *   assertThat(experience).touchpoint("checkout.place-order")
 *       .served(CustomerKind.EXTERNAL, "shopper").keptPromise("fast");
 * }
 * }</pre>
 *
 * Each test gets an SDK of its own, so spans and metrics never leak from one test into the next.
 * Touchpoint's runtime is one per class loader: tests that use the extension must not run in
 * parallel with each other.
 */
public final class TouchpointExtension implements BeforeEachCallback, AfterEachCallback {

  private InMemorySpanExporter spans;
  private InMemoryMetricReader metrics;
  private OpenTelemetrySdk sdk;

  private TouchpointExtension() {}

  public static TouchpointExtension create() {
    return new TouchpointExtension();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    spans = InMemorySpanExporter.create();
    metrics = InMemoryMetricReader.create();
    sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
        .build();
    Experience.useOpenTelemetry(sdk);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    TouchpointRuntime.release(sdk);
    sdk.close();
  }

  /** The spans ended so far in this test, in the order they ended. */
  public List<SpanData> spans() {
    return spans.getFinishedSpanItems();
  }

  /** The metrics recorded so far in this test. */
  public Collection<MetricData> metrics() {
    return metrics.collectAllMetrics();
  }

  /** The OpenTelemetry touchpoints record into during this test, for code under test that asks for one. */
  public OpenTelemetrySdk openTelemetry() {
    return sdk;
  }
}
