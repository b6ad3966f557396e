package dev.touchpoint.examples.storefront;

import dev.touchpoint.examples.telemetry.Reply;
import dev.touchpoint.examples.telemetry.TracedClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

/** Asks the payments service to authorise an order's payment. */
final class PaymentsClient {

  private final TracedClient http;
  private final URI authorisations;

  PaymentsClient(TracedClient http, URI payments) {
    this.http = http;
    this.authorisations = payments.resolve("/authorisations");
  }

  /** The authorisation code; throws {@link PaymentDeclined} when the card was declined. */
  String authorise(Order order) {
    Reply reply;
    try {
      reply = http.post(authorisations, Map.of(
          "order", order.id(), "cents", Long.toString(order.cents()), "token", order.paymentToken()));
    } catch (IOException unreachable) {
      throw new UncheckedIOException("payments is unreachable", unreachable);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while authorising " + order.id(), interrupted);
    }
    if (reply.status() == 402) {
      throw new PaymentDeclined(reply.body());
    }
    if (!reply.isOk()) {
      throw new IllegalStateException("payments answered " + reply.status() + ": " + reply.body());
    }
    return reply.body();
  }
}
