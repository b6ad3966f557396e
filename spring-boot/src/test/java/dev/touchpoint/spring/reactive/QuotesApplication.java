package dev.touchpoint.spring.reactive;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A WebFlux application with a touchpoint on a controller. */
@SpringBootApplication
public class QuotesApplication {

  @Bean
  InMemorySpanExporter spans() {
    return InMemorySpanExporter.create();
  }

  @Bean
  SpanProcessor testSpanProcessor(InMemorySpanExporter spans) {
    return SimpleSpanProcessor.create(spans);
  }

  @RestController
  public static class Quotes {

    @GetMapping("/quotes/{id}")
    @Touchpoint(value = "quotes.show", serves = CustomerKind.PARTNER, customer = "insurer")
    public String show(@PathVariable String id) {
      return "quote " + id;
    }
  }
}
