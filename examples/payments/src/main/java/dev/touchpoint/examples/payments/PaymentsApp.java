package dev.touchpoint.examples.payments;

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
 * The payments service: {@code POST /authorisations} charges an order's payment through the card
 * acquirer, {@code POST /reconciliation} is finance's end-of-day job. Nothing here knows of
 * Touchpoint; the platform team runs it as
 * {@code java -javaagent:touchpoint-agent.jar=config=touchpoints.yaml -jar payments.jar <acquirer base URL>}.
 */
public final class PaymentsApp {

  private final Authorisations authorisations;
  private final Reconciliation reconciliation;

  PaymentsApp(OpenTelemetry telemetry, URI acquirer) {
    Settlements settlements = new Settlements();
    this.authorisations = new Authorisations(new AcquirerClient(TracedClient.toThirdParty(telemetry), acquirer), settlements);
    this.reconciliation = new Reconciliation(settlements);
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    URI acquirer = URI.create(args[0]);
    OpenTelemetry telemetry = ShopTelemetry.start("payments");
    PaymentsApp app = new PaymentsApp(telemetry, acquirer);
    TracedClient.awaitHealthy(acquirer, Duration.ofSeconds(30));
    URI address = TracedServer.onLoopback(telemetry)
        .post("/authorisations", app::authorise)
        .post("/reconciliation", form -> Reply.ok(app.reconciliation.run()))
        .start();
    System.out.println("payments listening on " + address);
  }

  Reply authorise(Map<String, String> form) {
    try {
      return Reply.ok(authorisations.authorise(form.get("order"), Long.parseLong(form.get("cents")), form.get("token")));
    } catch (PaymentDeclined declined) {
      return new Reply(402, declined.getMessage());
    }
  }
}
