package dev.touchpoint.examples.payments;

import dev.touchpoint.examples.telemetry.Reply;
import dev.touchpoint.examples.telemetry.TracedClient;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

/** Charges cards through a card acquirer: a partner, whose systems are not ours. */
public class AcquirerClient {

  static final String PRIMARY = "primary";
  static final String BACKUP = "backup";

  private final TracedClient http;
  private final URI acquirer;

  AcquirerClient(TracedClient http, URI acquirer) {
    this.http = http;
    this.acquirer = acquirer;
  }

  /** The acquirer's authorisation code for the charge. */
  public String charge(String which, String orderId, long cents, String paymentToken) {
    Reply reply;
    try {
      reply = http.post(acquirer.resolve("/" + which + "/charges"),
          Map.of("reference", orderId, "cents", Long.toString(cents), "token", paymentToken));
    } catch (IOException unreachable) {
      throw new AcquirerUnavailable(which + " acquirer is unreachable: " + unreachable.getMessage());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AcquirerUnavailable("interrupted while charging " + orderId);
    }
    return switch (reply.status()) {
      case 200 -> reply.body();
      case 402 -> throw new PaymentDeclined(reply.body());
      default -> throw new AcquirerUnavailable(which + " acquirer answered " + reply.status() + ": " + reply.body());
    };
  }
}
