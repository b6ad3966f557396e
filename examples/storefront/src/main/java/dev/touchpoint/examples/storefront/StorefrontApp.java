package dev.touchpoint.examples.storefront;

import dev.touchpoint.Customer;
import dev.touchpoint.Experience;
import dev.touchpoint.ServingScope;
import dev.touchpoint.examples.telemetry.Reply;
import dev.touchpoint.examples.telemetry.ShopTelemetry;
import dev.touchpoint.examples.telemetry.TracedClient;
import dev.touchpoint.examples.telemetry.TracedServer;
import io.opentelemetry.api.OpenTelemetry;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The storefront service: {@code POST /orders} places a shopper's order. Run it as
 * {@code java -jar storefront.jar <payments base URL>}.
 */
public final class StorefrontApp {

  private final Checkout checkout;

  StorefrontApp(OpenTelemetry telemetry, URI payments) {
    // Plain classes made with new: the build wove their touchpoints in. No agent, no tracing code.
    this.checkout = new Checkout(new FraudScreen(), new PaymentsClient(TracedClient.toOwnServices(telemetry), payments));
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    URI payments = URI.create(args[0]);
    OpenTelemetry telemetry = ShopTelemetry.start("storefront");
    StorefrontApp app = new StorefrontApp(telemetry, payments);
    TracedClient.awaitHealthy(payments, Duration.ofSeconds(30));
    URI address = TracedServer.onLoopback(telemetry).post("/orders", app::placeOrder).start();
    System.out.println("storefront listening on " + address);
  }

  Reply placeOrder(Map<String, String> form) {
    Order order = new Order(form.get("order"), Long.parseLong(form.get("cents")), form.get("token"));
    // Whatever runs for this request, here or in the services it calls, ultimately serves this
    // shopper. Telemetry gets the shopper's id only as a keyed pseudonym (enduser.pseudo.id).
    try (ServingScope shopper = Experience.serving(Customer.external("shopper").withId(form.get("shopper")))) {
      return Reply.ok(checkout.placeOrder(order).toString());
    } catch (PaymentDeclined declined) {
      return new Reply(402, declined.getMessage());
    }
  }
}
