package dev.touchpoint.runtime;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.Customer;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.CxAttributes;
import dev.touchpoint.Experience;
import dev.touchpoint.ServingScope;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a sampler sees of a touchpoint, and what an unsampled call still counts. By default span
 * attributes go on only once the sampler chose to record (an unsampled call then costs what an
 * unsampled span costs); {@value TelemetryBinding#ATTRIBUTES_AT_START} hands them to the sampler.
 */
class SamplingTest {

  static final TouchpointDescriptor CHECKOUT = TouchpointDescriptor.builder("checkout.pay", CustomerKind.EXTERNAL)
      .customer("shopper").journey("checkout").promise(PromiseDescriptor.of("fast", "1s")).build();
  static final TouchpointDescriptor RECONCILE =
      TouchpointDescriptor.builder("finance.reconcile", CustomerKind.INTERNAL).customer("finance").build();

  final InMemorySpanExporter spans = InMemorySpanExporter.create();
  final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  /** A real sampler, as a team would write one: keep every external customer's trace, no other. */
  final ExternalCustomersOnly sampler = new ExternalCustomersOnly();

  @AfterEach
  void reset() {
    System.clearProperty(TelemetryBinding.ATTRIBUTES_AT_START);
    Experience.useGlobalOpenTelemetry();
  }

  @Test
  void byDefaultTheSamplerSeesTheTouchpointNameAndTheRecordedSpanStillGetsEveryAttribute() {
    Experience.useOpenTelemetry(sdk(Sampler.alwaysOn()));

    try (ServingScope serving = Experience.serving(Customer.of(CustomerKind.EXTERNAL, "member"))) {
      TouchpointRuntime.begin(CHECKOUT).end();
    }

    assertThat(spans.getFinishedSpanItems()).singleElement().satisfies(span -> assertThat(span)
        .hasName("checkout.pay")
        .hasAttributesSatisfying(
            equalTo(CxAttributes.TOUCHPOINT, "checkout.pay"),
            equalTo(CxAttributes.CUSTOMER_KIND, "external"),
            equalTo(CxAttributes.CUSTOMER_SEGMENT, "shopper"),
            equalTo(CxAttributes.JOURNEY, "checkout"),
            equalTo(CxAttributes.END_CUSTOMER_KIND, "external"),
            equalTo(CxAttributes.END_CUSTOMER_SEGMENT, "member"),
            equalTo(CxAttributes.PROMISE_KEPT, true)));
  }

  @Test
  void attributesAtStartLetASamplerDecideByCustomer() {
    System.setProperty(TelemetryBinding.ATTRIBUTES_AT_START, "true");
    Experience.useOpenTelemetry(sdk(sampler));

    try (ServingScope serving = Experience.serving(Customer.of(CustomerKind.EXTERNAL, "member"))) {
      TouchpointRuntime.begin(CHECKOUT).end();
    }
    TouchpointRuntime.begin(RECONCILE).end();

    assertThat(sampler.seen.get(0))
        .containsEntry(CxAttributes.CUSTOMER_KIND, "external")
        .containsEntry(CxAttributes.JOURNEY, "checkout")
        .containsEntry(CxAttributes.END_CUSTOMER_KIND, "external");
    assertThat(spans.getFinishedSpanItems()).singleElement()
        .satisfies(span -> assertThat(span).hasName("checkout.pay"));
  }

  @Test
  void withoutTheSettingTheSamplerSeesNoCustomerAndDecidesAlike() {
    Experience.useOpenTelemetry(sdk(sampler));

    TouchpointRuntime.begin(CHECKOUT).end();
    TouchpointRuntime.begin(RECONCILE).end();

    assertThat(sampler.seen).hasSize(2).allSatisfy(attributes -> assertThat(attributes).isEmpty());
    assertThat(spans.getFinishedSpanItems()).isEmpty();
  }

  @Test
  void anUnsampledCallRecordsNoSpanButStillCountsItsPromisesAndDuration() {
    Experience.useOpenTelemetry(sdk(Sampler.alwaysOff()));

    TouchpointRuntime.begin(CHECKOUT).end();
    TouchpointRuntime.begin(CHECKOUT).fail(new IllegalStateException("declined"));

    assertThat(spans.getFinishedSpanItems()).isEmpty();
    List<MetricData> collected = new ArrayList<>(metrics.collectAllMetrics());
    assertThat(collected).anySatisfy(metric -> assertThat(metric)
        .hasName("cx.touchpoint.duration")
        .hasHistogramSatisfying(histogram -> histogram.hasPointsSatisfying(
            point -> point.hasCount(1).hasAttributesSatisfying(equalTo(CxAttributes.PROMISE_KEPT, true)),
            point -> point.hasCount(1).hasAttributesSatisfying(equalTo(CxAttributes.PROMISE_KEPT, false)))));
    assertThat(collected).anySatisfy(metric -> assertThat(metric)
        .hasName("cx.promise.outcomes")
        .hasLongSumSatisfying(sum -> sum.hasPointsSatisfying(
            point -> point.hasValue(1).hasAttributesSatisfying(equalTo(CxAttributes.PROMISE_OUTCOME, "kept")),
            point -> point.hasValue(1).hasAttributesSatisfying(equalTo(CxAttributes.PROMISE_OUTCOME, "broken")))));
  }

  private OpenTelemetrySdk sdk(Sampler sampler) {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .setSampler(sampler)
            .addSpanProcessor(SimpleSpanProcessor.create(spans))
            .build())
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
        .build();
  }

  private static final class ExternalCustomersOnly implements Sampler {
    final List<Attributes> seen = new ArrayList<>();

    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
        Attributes attributes, List<LinkData> parentLinks) {
      seen.add(attributes);
      return SamplingResult.create("external".equals(attributes.get(CxAttributes.CUSTOMER_KIND))
          ? SamplingDecision.RECORD_AND_SAMPLE
          : SamplingDecision.DROP);
    }

    @Override
    public String getDescription() {
      return "ExternalCustomersOnly";
    }
  }
}
