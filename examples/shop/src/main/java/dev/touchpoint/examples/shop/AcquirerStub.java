package dev.touchpoint.examples.shop;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.touchpoint.examples.telemetry.Form;
import dev.touchpoint.examples.telemetry.Reply;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The card acquirer's side, stubbed: a partner's system, so it records no telemetry of ours. It has
 * a primary and a backup endpoint, declines the test token {@value #DECLINED_TOKEN}, and can be told
 * that its primary is down for an order.
 */
final class AcquirerStub implements AutoCloseable {

  static final String DECLINED_TOKEN = "tok_chargeDeclined";
  private static final long ROUND_TRIP_MILLIS = 25;

  private final HttpServer server;
  private final Set<String> primaryDownFor = ConcurrentHashMap.newKeySet();
  private final AtomicInteger authorisations = new AtomicInteger();

  private AcquirerStub(HttpServer server) {
    this.server = server;
    server.createContext("/primary/charges", exchange -> charge(exchange, true));
    server.createContext("/backup/charges", exchange -> charge(exchange, false));
    server.createContext("/health", exchange -> answer(exchange, Reply.ok("ok")));
  }

  static AcquirerStub start() throws IOException {
    AcquirerStub stub = new AcquirerStub(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
    stub.server.start();
    return stub;
  }

  URI address() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The primary endpoint answers 503 for this order, as in an outage. */
  void failPrimaryFor(String reference) {
    primaryDownFor.add(reference);
  }

  private void charge(HttpExchange exchange, boolean primary) throws IOException {
    Map<String, String> form = Form.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    String reference = form.getOrDefault("reference", "");
    pause(ROUND_TRIP_MILLIS);
    Reply reply;
    if (primary && primaryDownFor.contains(reference)) {
      reply = new Reply(503, "primary acquirer unavailable");
    } else if (DECLINED_TOKEN.equals(form.get("token"))) {
      reply = new Reply(402, "card declined for " + reference);
    } else {
      reply = Reply.ok(String.format("%s-auth-%04d", primary ? "primary" : "backup", authorisations.incrementAndGet()));
    }
    answer(exchange, reply);
  }

  private static void answer(HttpExchange exchange, Reply reply) throws IOException {
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(reply.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void pause(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
