package dev.touchpoint.spring;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the test applications add to Spring Boot's own OpenTelemetry, as an application adds a span
 * processor: every span, ended, in memory for the test to read.
 */
@Configuration(proxyBeanMethods = false)
public class TestTelemetry {

  @Bean
  InMemorySpanExporter spans() {
    return InMemorySpanExporter.create();
  }

  @Bean
  SpanProcessor testSpanProcessor(InMemorySpanExporter spans) {
    return SimpleSpanProcessor.create(spans);
  }
}
