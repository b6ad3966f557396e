package dev.touchpoint.examples.telemetry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An HTTP server on the loopback interface whose every request continues the caller's trace and
 * W3C Baggage (the end customer travels in it) inside a SERVER span. In production the
 * OpenTelemetry Java agent or the web framework's instrumentation does this; the shop keeps it in
 * sight, in one small class.
 */
public final class TracedServer implements AutoCloseable {

  /** Answers one request, given its form fields. */
  @FunctionalInterface
  public interface Route {
    Reply handle(Map<String, String> form) throws Exception;
  }

  private static final TextMapGetter<HttpExchange> HEADERS = new TextMapGetter<>() {
    @Override
    @SuppressWarnings("deprecation") // deprecated in newer APIs, abstract in the older ones Touchpoint supports
    public Iterable<String> keys(HttpExchange exchange) {
      return exchange.getRequestHeaders().keySet();
    }

    @Override
    public String get(HttpExchange exchange, String name) {
      List<String> values = exchange == null ? null : exchange.getRequestHeaders().get(name);
      return values == null || values.isEmpty() ? null : String.join(",", values);
    }
  };

  private final HttpServer server;
  private final Tracer tracer;
  private final TextMapPropagator propagator;

  private TracedServer(HttpServer server, OpenTelemetry telemetry) {
    this.server = server;
    this.tracer = telemetry.getTracer("dev.touchpoint.examples.http");
    this.propagator = telemetry.getPropagators().getTextMapPropagator();
    // Readiness checks are not customers' requests: answered, never traced.
    server.createContext("/health", TracedServer::healthy);
  }

  /** A server on 127.0.0.1, on a port the system picks. */
  public static TracedServer onLoopback(OpenTelemetry telemetry) throws IOException {
    return new TracedServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0), telemetry);
  }

  /** Answers POST requests to {@code path} with {@code route}. */
  public TracedServer post(String path, Route route) {
    server.createContext(path, exchange -> serve(exchange, path, route));
    return this;
  }

  /** Starts serving; returns the base address. */
  public URI start() {
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void serve(HttpExchange exchange, String path, Route route) throws IOException {
    Context caller = propagator.extract(Context.root(), exchange, HEADERS);
    Span span = tracer.spanBuilder("POST " + path)
        .setParent(caller)
        .setSpanKind(SpanKind.SERVER)
        .setAttribute(HttpAttributes.METHOD, "POST")
        .setAttribute(HttpAttributes.ROUTE, path)
        .startSpan();
    Reply reply;
    try (Scope scope = caller.with(span).makeCurrent();
        InputStream body = exchange.getRequestBody()) {
      reply = route.handle(Form.decode(new String(body.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (Exception failure) {
      span.recordException(failure);
      reply = new Reply(500, failure.toString());
    }
    span.setAttribute(HttpAttributes.STATUS, (long) reply.status());
    if (reply.status() >= 500) {
      span.setStatus(StatusCode.ERROR);
    }
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    } finally {
      span.end();
    }
  }

  private static void healthy(HttpExchange exchange) throws IOException {
    byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, ok.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(ok);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
