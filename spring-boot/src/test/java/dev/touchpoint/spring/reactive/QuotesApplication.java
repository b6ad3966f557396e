package dev.touchpoint.spring.reactive;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;
import dev.touchpoint.spring.TestTelemetry;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A WebFlux application with a touchpoint on a controller. */
@SpringBootApplication
@Import(TestTelemetry.class)
public class QuotesApplication {

  @RestController
  public static class Quotes {

    @GetMapping("/quotes/{id}")
    @Touchpoint(value = "quotes.show", serves = CustomerKind.PARTNER, customer = "insurer")
    public String show(@PathVariable String id) {
      return "quote " + id;
    }
  }
}
