package dev.touchpoint.report.trace;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Asks a Zipkin server for the traces of a time range, through its v2 HTTP API, as its UI does. */
public final class ZipkinClient {

  /** As many traces as one report reads; Zipkin's own default is 10. */
  static final int LIMIT = 10_000;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI server;

  public ZipkinClient(URI server) {
    this.server = server;
  }

  /**
   * The traces with a span in [from, to), of {@code service} only when it is not null: one request,
   * {@code GET /api/v2/traces}. A server that cannot be reached or answers with an error is one
   * problem line, not an exception.
   */
  public SpanReading traces(Instant from, Instant to, String service) {
    String query = "endTs=" + to.toEpochMilli() + "&lookback=" + Math.max(1, to.toEpochMilli() - from.toEpochMilli())
        + "&limit=" + LIMIT + (service == null ? "" : "&serviceName=" + URLEncoder.encode(service, StandardCharsets.UTF_8));
    URI uri = server.resolve("/api/v2/traces?" + query);
    try {
      HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        return new SpanReading(List.of(), List.of(uri + ": Zipkin answered " + answer.statusCode() + " "
            + answer.body().lines().findFirst().orElse("")));
      }
      return ZipkinSpans.read(uri.toString(), answer.body());
    } catch (IOException unreachable) {
      return new SpanReading(List.of(), List.of(uri + ": cannot reach Zipkin (" + unreachable + ")"));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return new SpanReading(List.of(), List.of(uri + ": interrupted"));
    }
  }
}
