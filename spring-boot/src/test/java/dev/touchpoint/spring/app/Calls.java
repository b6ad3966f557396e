package dev.touchpoint.spring.app;

import dev.touchpoint.Customer;
import dev.touchpoint.Experience;
import dev.touchpoint.ServingScope;
import org.springframework.stereotype.Service;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

/** Calls another service through the RestClient Spring Boot builds, while serving a shopper. */
@Service
public class Calls {

  private final RestClient client;
  private final RestTemplate template;
  private final WebClient webClient;

  public Calls(RestClient.Builder builder, RestTemplateBuilder templates, WebClient.Builder webClients) {
    this.client = builder.build();
    this.template = templates.build();
    this.webClient = webClients.build();
  }

  /** The baggage {@code url} received from a RestTemplate call, while serving a shopper. */
  public String baggageSentByRestTemplateTo(String url) {
    try (ServingScope shopper = Experience.serving(Customer.external("shopper"))) {
      return template.getForObject(url, String.class);
    }
  }

  /** The baggage {@code url} received from a WebClient call, while serving a shopper. */
  public String baggageSentByWebClientTo(String url) {
    try (ServingScope shopper = Experience.serving(Customer.external("shopper"))) {
      return webClient.get().uri(url).retrieve().bodyToMono(String.class).block();
    }
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
