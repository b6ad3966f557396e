package dev.touchpoint.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.Customer;
import dev.touchpoint.Experience;
import dev.touchpoint.ServingScope;
import dev.touchpoint.runtime.TouchpointRuntime;
import dev.touchpoint.spring.own.NoTelemetry;
import dev.touchpoint.spring.own.OwnTelemetry;
import dev.touchpoint.spring.own.Receipts;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
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

  /** The key is the runtime's, for the whole JVM: the next test starts without one. */
  @AfterEach
  void forgetTheKey() {
    Experience.usePseudonymKey(null);
  }

  @Test
  void anOpenTelemetryBeanOfTheApplicationsOwnIsUsedAndLetGoWhenTheContextCloses() {
    String recordedInto;
    List<String> spanNames;
    List<SpanData> spans;
    try (ConfigurableApplicationContext app = Apps.start(WebApplicationType.NONE, List.of(OwnTelemetry.class),
        "touchpoint.pseudonym.key=a-key-from-outside-the-jar-of-32-bytes-at-least");
        ServingScope shopper = Experience.serving(Customer.external("shopper").withId("shopper-7"))) {
      app.getBean(Receipts.class).send("o-1");
      recordedInto = TouchpointRuntime.recordsInto();
      spans = app.getBean(InMemorySpanExporter.class).getFinishedSpanItems();
      spanNames = spans.stream().map(SpanData::getName).toList();
    }

    assertThat(spans.get(0).getAttributes().get(AttributeKey.stringKey("enduser.pseudo.id")))
        .as("the key from outside the application is used").matches("[0-9a-f]{32}");
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
