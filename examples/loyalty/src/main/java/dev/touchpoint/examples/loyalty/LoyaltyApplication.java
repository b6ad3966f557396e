package dev.touchpoint.examples.loyalty;

import dev.touchpoint.examples.telemetry.ConsoleSpanPrinter;
import dev.touchpoint.examples.telemetry.ExperienceSummary;
import dev.touchpoint.examples.telemetry.OtlpJsonFile;
import io.opentelemetry.exporter.zipkin.ZipkinSpanExporter;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * The shop's loyalty service: {@code POST /points/balance} tells a shopper their points. A plain
 * Spring Boot application with Spring Boot's own OpenTelemetry support; Touchpoint is one dependency
 * and the annotations on {@link PointsController} and {@link PointsLedger}. What is here besides is
 * how the shop shows its telemetry: spans on the console or in Zipkin, a summary of the experience
 * metrics when the service stops.
 */
@SpringBootApplication
public class LoyaltyApplication {

  public static void main(String[] args) {
    SpringApplication.run(LoyaltyApplication.class, args);
  }

  /** Touchpoint spans on the console, one line each, as the shop's other services print them. */
  @Bean
  SpanProcessor consoleSpans() {
    return SimpleSpanProcessor.create(new ConsoleSpanPrinter(System.out));
  }

  /**
   * Every span to Zipkin too, when the shop runs with it. OpenTelemetry deprecated its Zipkin
   * exporter (Zipkin takes OTLP now); the shop's other services send with the same one.
   */
  @Bean
  @SuppressWarnings("deprecation")
  @ConditionalOnProperty("otel.exporter.zipkin.endpoint")
  SpanProcessor zipkinSpans(org.springframework.core.env.Environment environment) {
    return BatchSpanProcessor.builder(ZipkinSpanExporter.builder()
        .setEndpoint(environment.getRequiredProperty("otel.exporter.zipkin.endpoint")).build()).build();
  }

  /**
   * Every span as OTLP JSON in a file, as the shop's other services write it: for the experience
   * report, and for the tests that check whole trace trees.
   */
  @Bean
  @ConditionalOnProperty(OtlpJsonFile.PROPERTY)
  SpanProcessor otlpJsonFile(org.springframework.core.env.Environment environment) {
    return OtlpJsonFile.to(Path.of(environment.getRequiredProperty(OtlpJsonFile.PROPERTY)));
  }

  /**
   * Touchpoint's cx.* metrics are recorded into the application's OpenTelemetry, whose meters come
   * from this provider; read once, as the service stops, into the summary the shop prints.
   */
  @Bean
  SdkMeterProvider experienceMetrics() {
    return SdkMeterProvider.builder().registerMetricReader(PeriodicMetricReader.builder(
        new ExperienceSummary(System.out)).setInterval(Duration.ofDays(1)).build()).build();
  }

  /** The line the shop waits for before it sends the first request. */
  @Bean
  ApplicationListener<WebServerInitializedEvent> announceAddress() {
    return started -> System.out.println("loyalty listening on http://127.0.0.1:" + started.getWebServer().getPort());
  }
}
