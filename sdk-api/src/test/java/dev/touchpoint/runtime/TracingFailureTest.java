package dev.touchpoint.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Experience;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lead indicators count every call, whatever the tracing side does: a sampler or a span
 * processor that throws while a span starts costs that call its span, never its duration or its
 * promise outcomes, and spans started inside it stay in the caller's trace.
 */
class TracingFailureTest {

  static final TouchpointDescriptor PAY = TouchpointDescriptor.builder("checkout.pay", CustomerKind.EXTERNAL)
      .customer("shopper").promise(PromiseDescriptor.of("fast", "1s")).build();
  static final SpanContext CALLER = SpanContext.createFromRemoteParent(
      "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", TraceFlags.getSampled(), TraceState.getDefault());

  final InMemoryMetricReader metrics = InMemoryMetricReader.create();

  @AfterEach
  void backToGlobal() {
    Experience.useGlobalOpenTelemetry();
  }

  @Test
  void aSamplerThatThrowsCostsTheSpanButNotTheMetrics() {
    Experience.useOpenTelemetry(sdk(tracing -> tracing.setSampler(new ThrowingSampler())));

    assertEveryCallIsCountedAndStaysInTheCallersTrace();
  }

  @Test
  void aSpanProcessorThatThrowsOnStartCostsTheSpanButNotTheMetrics() {
    Experience.useOpenTelemetry(sdk(tracing -> tracing.addSpanProcessor(new ThrowingSpanProcessor(true, false))));

    assertEveryCallIsCountedAndStaysInTheCallersTrace();
  }

  private void assertEveryCallIsCountedAndStaysInTheCallersTrace() {
    SpanContext inside;
    try (Scope caller = Context.root().with(Span.wrap(CALLER)).makeCurrent()) {
      TouchpointCall paid = TouchpointRuntime.begin(PAY);
      inside = Span.current().getSpanContext();
      assertThat(paid.end("paid")).isEqualTo("paid");
      TouchpointRuntime.begin(PAY).fail(new IllegalStateException("declined"));
    }

    assertThat(inside.getTraceId()).isEqualTo(CALLER.getTraceId());
    assertThat(durationCount()).isEqualTo(2);
    assertThat(outcomeCount()).isEqualTo(2);
    assertThat(Context.current()).isSameAs(Context.root());
  }

  private OpenTelemetrySdk sdk(UnaryOperator<SdkTracerProviderBuilder> tracing) {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(tracing.apply(SdkTracerProvider.builder()).build())
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
        .build();
  }

  private long durationCount() {
    return collected("cx.touchpoint.duration").getHistogramData().getPoints().stream()
        .mapToLong(HistogramPointData::getCount).sum();
  }

  private long outcomeCount() {
    return collected("cx.promise.outcomes").getLongSumData().getPoints().stream()
        .mapToLong(LongPointData::getValue).sum();
  }

  private MetricData collected(String name) {
    return metrics.collectAllMetrics().stream().filter(metric -> metric.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + name));
  }

  /** A sampler with a bug, as a team might ship one. */
  private static final class ThrowingSampler implements Sampler {
    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
        Attributes attributes, List<LinkData> parentLinks) {
      throw new IllegalStateException("sampler broken");
    }

    @Override
    public String getDescription() {
      return "Throwing";
    }
  }
}
