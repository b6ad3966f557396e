package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A platform team's JVM with no OpenTelemetry of its own: the agent's own SDK
 * ({@code sdk=true}) serves Touchpoint's metrics for Prometheus to scrape
 * ({@code otel.metrics.exporter=prometheus}), under the names the generated SLO rules query.
 */
class AgentSdkPrometheusIT {

  @TempDir Path work;

  @Test
  void theAgentsOwnSdkServesTouchpointMetricsToPrometheus() throws Exception {
    Path classes = FixtureApps.compile("legacy", List.of(), false, work, "legacy");
    Path touchpoints = Files.writeString(work.resolve("touchpoints.yaml"), """
        touchpoints:
          - class: com.vendor.legacy.OrderService
            method: submit
            name: orders.submit
            serves: external
            customer: shopper
            promises:
              - name: fast
                within: 1s
        """);
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Process app = ChildJvm.java().touchpointAgent("config=" + touchpoints + ",sdk=true")
        .property("otel.traces.exporter", "none")
        .property("otel.metrics.exporter", "prometheus")
        .property("otel.exporter.prometheus.host", "127.0.0.1")
        .property("otel.exporter.prometheus.port", Integer.toString(port))
        .property("legacy.wait", "true")
        .classpath(List.of(classes)).main("com.vendor.legacy.LegacyApp").start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
      for (String line = out.readLine(); !"done".equals(line); line = out.readLine()) {
        assertThat(line).as("the application's output, until it is done").isNotNull();
      }

      HttpResponse<String> scraped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/metrics")).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(scraped.statusCode()).isEqualTo(200);
      assertThat(scraped.body()).contains(
          "cx_promise_outcomes_total{cx_promise=\"fast\",cx_promise_outcome=\"kept\",cx_touchpoint=\"orders.submit\"",
          "cx_touchpoint_duration_seconds_bucket{cx_customer_kind=\"external\",cx_customer_segment=\"shopper\","
              + "cx_promise_kept=\"true\",cx_touchpoint=\"orders.submit\"");
    } finally {
      app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
