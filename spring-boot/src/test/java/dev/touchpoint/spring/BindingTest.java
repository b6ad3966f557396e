package dev.touchpoint.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.runtime.TouchpointRuntime;
import dev.touchpoint.spring.own.NoTelemetry;
import dev.touchpoint.spring.own.OwnTelemetry;
import dev.touchpoint.spring.own.Receipts;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Which OpenTelemetry touchpoints record into, as the application is set up; one line says which. */
class BindingTest {

  @BeforeEach
  void clearTheLog() {
    CapturedLog.clear();
  }

  @Test
  void anOpenTelemetryBeanOfTheApplicationsOwnIsUsedAndLetGoWhenTheContextCloses() {
    String recordedInto;
    List<String> spanNames;
    try (ConfigurableApplicationContext app = Apps.start(WebApplicationType.NONE, List.of(OwnTelemetry.class))) {
      app.getBean(Receipts.class).send("o-1");
      recordedInto = TouchpointRuntime.recordsInto();
      spanNames = app.getBean(InMemorySpanExporter.class).getFinishedSpanItems().stream().map(SpanData::getName).toList();
    }

    assertThat(spanNames).containsExactly("receipts.send");
    assertThat(recordedInto).isEqualTo("the application's OpenTelemetry bean 'shopTelemetry' (the application's"
        + " configuration, dev.touchpoint.spring.own.OwnTelemetry)");
    assertThat(CapturedLog.lines()).contains("INFO Touchpoint: touchpoints record into the application's"
        + " OpenTelemetry bean 'shopTelemetry' (the application's configuration, dev.touchpoint.spring.own.OwnTelemetry).");
    assertThat(TouchpointRuntime.recordsInto()).doesNotContain("shopTelemetry");
  }

  @Test
  void withoutABeanTheGlobalOpenTelemetryIsUsed() {
    InMemorySpanExporter spans = InMemorySpanExporter.create();
    GlobalOpenTelemetry.resetForTest();
    try (OpenTelemetrySdk global = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
        .buildAndRegisterGlobal();
        ConfigurableApplicationContext app = Apps.start(WebApplicationType.NONE, List.of(NoTelemetry.class))) {

      assertThat(TouchpointRuntime.recordsInto()).isEqualTo("GlobalOpenTelemetry");
    } finally {
      GlobalOpenTelemetry.resetForTest();
    }
  }
}
