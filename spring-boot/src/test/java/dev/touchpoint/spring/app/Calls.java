package dev.touchpoint.spring.app;

import dev.touchpoint.Customer;
import dev.touchpoint.Experience;
import dev.touchpoint.ServingScope;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

/** Calls another service through the RestClient Spring Boot builds, while serving a shopper. */
@Service
public class Calls {

  private final RestClient client;

  public Calls(RestClient.Builder builder) {
    this.client = builder.build();
  }

  /** The baggage {@code url} received from a call made with no end customer of this service's own. */
  public String baggageForwardedTo(String url) {
    return client.get().uri(url).retrieve().body(String.class);
  }

  /** The baggage {@code url} received. */
  public String baggageSentTo(String url) {
    try (ServingScope shopper = Experience.serving(Customer.external("shopper"))) {
      return client.get().uri(url).retrieve().body(String.class);
    }
  }
}
