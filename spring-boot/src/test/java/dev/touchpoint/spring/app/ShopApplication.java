package dev.touchpoint.spring.app;

import dev.touchpoint.spring.TestTelemetry;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A servlet application as people write them, with Spring Boot's own OpenTelemetry support: its
 * {@code OpenTelemetrySdk} bean records the HTTP server spans, and the test reads every span through
 * one more span processor, as an application adds one.
 */
@SpringBootApplication
@Import(TestTelemetry.class)
public class ShopApplication {

  @Bean
  InMemoryMetricReader metrics() {
    return InMemoryMetricReader.create();
  }

  /** Spring Boot's OpenTelemetry support builds its SDK with the application's meter provider. */
  @Bean
  SdkMeterProvider meterProvider(InMemoryMetricReader metrics) {
    return SdkMeterProvider.builder().registerMetricReader(metrics).build();
  }
}
