package dev.touchpoint.spring.own;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An application that makes its OpenTelemetry itself, as many did before Spring Boot had support for
 * it; Spring Boot's own then backs off.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class OwnTelemetry {

  @Bean
  InMemorySpanExporter spans() {
    return InMemorySpanExporter.create();
  }

  @Bean(destroyMethod = "close")
  OpenTelemetrySdk shopTelemetry(InMemorySpanExporter spans) {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
        .build();
  }

  @Bean
  Receipts receipts() {
    return new ReceiptsTouchpoints();
  }
}
