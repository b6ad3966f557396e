package dev.touchpoint.examples.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * POSTs a form and records a CLIENT span for it. To the shop's own services it sends the trace and
 * W3C Baggage along (so the end customer arrives downstream); to a third party it sends neither,
 * so a partner learns nothing of our traces or our customers.
 */
public final class TracedClient {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Tracer tracer;
  private final TextMapPropagator propagator;

  private TracedClient(OpenTelemetry telemetry, TextMapPropagator propagator) {
    this.tracer = telemetry.getTracer("dev.touchpoint.examples.http");
    this.propagator = propagator;
  }

  /** For calls to the shop's own services: the trace and the end customer travel with them. */
  public static TracedClient toOwnServices(OpenTelemetry telemetry) {
    return new TracedClient(telemetry, telemetry.getPropagators().getTextMapPropagator());
  }

  /** For calls to a partner's systems: nothing of ours travels with them. */
  public static TracedClient toThirdParty(OpenTelemetry telemetry) {
    return new TracedClient(telemetry, TextMapPropagator.noop());
  }

  /**
   * Waits until the service at {@code base} answers its {@code /health} check, so a service says
   * it is ready only once what it depends on is, and its first customer does not pay for a cold
   * connection.
   */
  public static void awaitHealthy(URI base, Duration timeout) throws IOException, InterruptedException {
    HttpRequest health = HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    IOException last = null;
    while (System.nanoTime() < deadline) {
      try {
        if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        last = notYet;
      }
      Thread.sleep(100);
    }
    throw new IOException(base + " was not healthy within " + timeout.toSeconds() + " s", last);
  }

  public Reply post(URI uri, Map<String, String> form) throws IOException, InterruptedException {
    Span span = tracer.spanBuilder("POST")
        .setSpanKind(SpanKind.CLIENT)
        .setAttribute(HttpAttributes.METHOD, "POST")
        .setAttribute(HttpAttributes.URL, uri.toString())
        .setAttribute(HttpAttributes.SERVER_ADDRESS, uri.getHost())
        .setAttribute(HttpAttributes.SERVER_PORT, (long) uri.getPort())
        .startSpan();
    try (Scope scope = span.makeCurrent()) {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri)
          .timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(Form.encode(form)));
      propagator.inject(Context.current(), request, HttpRequest.Builder::header);
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      span.setAttribute(HttpAttributes.STATUS, (long) response.statusCode());
      if (response.statusCode() >= 400) {
        span.setStatus(StatusCode.ERROR);
      }
      return new Reply(response.statusCode(), response.body());
    } catch (IOException | InterruptedException | RuntimeException failure) {
      span.recordException(failure);
      span.setStatus(StatusCode.ERROR);
      throw failure;
    } finally {
      span.end();
    }
  }
}
