package dev.touchpoint.examples.shop;

import dev.touchpoint.examples.telemetry.Form;
import dev.touchpoint.examples.telemetry.Reply;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The shop's services, started and running, each in a JVM of its own: the card acquirer's stub,
 * payments under the Touchpoint agent, the loyalty service (Spring Boot) and the storefront. What
 * they do is up to the caller: the demo's story, or a test's load. Closing stops them all, the
 * storefront first, so that each service's shutdown flushes its telemetry.
 */
final class RunningShop implements AutoCloseable {

  /**
   * Customer ids reach telemetry only as HMAC pseudonyms. The two services share this key, so a
   * shopper's calls can be followed across both; in production it comes from a vault, made with
   * {@code openssl rand -base64 32}.
   */
  private static final String PSEUDONYM_KEY = "example-only-key-make-your-own-with-openssl-rand";
  static final String SHOPPER_ID = "shopper-42@example.com";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final List<AutoCloseable> started = new ArrayList<>();
  private AcquirerStub acquirer;
  private URI storefront;
  private URI payments;
  private URI loyalty;

  private RunningShop() {}

  /**
   * Starts every service; {@code telemetry} gives each, by name, the JVM arguments that say where
   * its telemetry goes (none: spans on the console only).
   */
  static RunningShop start(ShopSetup setup, Function<String, List<String>> telemetry, PrintStream out)
      throws IOException, InterruptedException {
    RunningShop shop = new RunningShop();
    try {
      shop.acquirer = shop.started(AcquirerStub.start());
      // The platform team's way in: the agent, and a touchpoints file for code without annotations.
      // Payments is called only by the storefront, so it trusts its caller's end customer and pseudonym.
      List<String> agent = List.of("-javaagent:" + setup.agentJar() + "=config=" + setup.touchpointsFile()
          + ",pseudonym.key=" + PSEUDONYM_KEY + ",inbound.trust-every-caller=true");
      shop.payments = shop.started(ServiceProcess.start("payments", join(agent, telemetry.apply("payments")),
          setup.paymentsJar(), List.of(shop.acquirer.address().toString()), out)).awaitAddress();
      // A Spring Boot service: Touchpoint is one dependency, and spans go where Spring Boot's own go.
      ServiceProcess loyalty = shop.started(ServiceProcess.start("loyalty", telemetry.apply("loyalty"),
          setup.loyaltyJar(), List.of(), out));
      ServiceProcess storefront = shop.started(ServiceProcess.start("storefront",
          join(List.of("-Dtouchpoint.pseudonym.key=" + PSEUDONYM_KEY, "-Dtouchpoint.pseudonym.propagate=true"),
              telemetry.apply("storefront")), setup.storefrontJar(), List.of(shop.payments.toString()), out));
      shop.storefront = storefront.awaitAddress();
      shop.loyalty = loyalty.awaitAddress();
      return shop;
    } catch (IOException | InterruptedException | RuntimeException failed) {
      shop.close();
      throw failed;
    }
  }

  /** The shopper places {@code order} at the storefront; the acquirer is down for it when the order says so. */
  Reply placeOrder(ShopDemo.ShopperOrder order) throws IOException, InterruptedException {
    if (order.primaryAcquirerDown()) {
      acquirer.failPrimaryFor(order.id());
    }
    return post(storefront.resolve("/orders"), Map.of("order", order.id(), "cents", Long.toString(order.cents()),
        "token", order.paymentToken(), "shopper", SHOPPER_ID));
  }

  /** Asks the loyalty service for the shopper's points, with {@code baggage} as the caller sent it. */
  Reply askPoints(String baggage) throws IOException, InterruptedException {
    return post(loyalty.resolve("/points/balance"), Map.of("shopper", SHOPPER_ID), "baggage", baggage);
  }

  /** Finance runs the end-of-day reconciliation at payments. */
  Reply reconcile() throws IOException, InterruptedException {
    return post(payments.resolve("/reconciliation"), Map.of());
  }

  @Override
  public void close() {
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception stopping) {
        // Stop the others all the same.
      }
    }
    started.clear();
  }

  private <T extends AutoCloseable> T started(T service) {
    started.add(service);
    return service;
  }

  /** POSTs {@code form}, with these extra headers (name, value, ...). */
  private static Reply post(URI uri, Map<String, String> form, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(Form.encode(form)));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body());
  }

  private static List<String> join(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
