package dev.touchpoint.examples.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The loyalty jar as a platform team runs a Spring Boot service it did not write: under the
 * OpenTelemetry Java agent, with Spring Boot's own OpenTelemetry switched off, so the application has
 * no OpenTelemetry bean. Touchpoint records into the agent's SDK, and its spans sit between the
 * agent's: Tomcat's server span above, the JDBC query's span below.
 */
class UnderTheOpenTelemetryAgentIT {

  static final String EXPORTER = "OtlpJsonLoggingSpanExporter - ";

  @TempDir Path work;

  @Test
  void touchpointsRecordIntoTheAgentsSdkBetweenItsOwnSpans() throws Exception {
    Path otelAgent = Path.of(System.getProperty("opentelemetry.javaagent.jar"));
    assertThat(otelAgent).exists();
    try (RunningJar loyalty = RunningJar.start(work, List.of("-javaagent:" + otelAgent,
        "-Dotel.traces.exporter=logging-otlp", "-Dotel.metrics.exporter=none", "-Dotel.logs.exporter=none",
        "-Dotel.bsp.schedule.delay=50", "-Dlogging.level.io.opentelemetry.exporter=info",
        "-Dspring.autoconfigure.exclude=org.springframework.boot.opentelemetry.autoconfigure."
            + "OpenTelemetrySdkAutoConfiguration,org.springframework.boot.micrometer.tracing.opentelemetry."
            + "autoconfigure.OpenTelemetryTracingAutoConfiguration"))) {
      String trace = "7ef92f3577b34da6a3ce929d0e0e4736";
      loyalty.post("/points/balance", LoyaltyJarIT.SHOPPER, "traceparent",
          "00-" + trace + "-" + LoyaltyJarIT.CALLER_SPAN + "-01");

      List<Map<String, Object>> spans = awaitSpans(loyalty, trace, 4);
      Map<String, Object> server = named(spans, "POST /points/balance");
      Map<String, Object> points = named(spans, "loyalty.show-points");
      Map<String, Object> ledger = named(spans, "loyalty.read-ledger");
      Map<String, Object> query = spans.stream().filter(span -> String.valueOf(span.get("name")).startsWith("SELECT"))
          .findFirst().orElseThrow(() -> new AssertionError("no JDBC span in " + spans));
      assertThat(server.get("parentSpanId")).isEqualTo(LoyaltyJarIT.CALLER_SPAN);
      assertThat(points.get("parentSpanId")).isEqualTo(server.get("spanId"));
      assertThat(ledger.get("parentSpanId")).isEqualTo(points.get("spanId"));
      assertThat(query.get("parentSpanId")).isEqualTo(ledger.get("spanId"));
      assertThat(loyalty.output()).contains("INFO Touchpoint: touchpoints record into GlobalOpenTelemetry.")
          .doesNotContain("shopper-42@example.com");
    }
  }

  /** The spans of {@code traceId} the agent's OTLP JSON exporter has logged, once there are {@code count}. */
  private static List<Map<String, Object>> awaitSpans(RunningJar loyalty, String traceId, int count) throws Exception {
    List<Map<String, Object>> found = List.of();
    for (int waited = 0; waited < 100 && found.size() < count; waited++) {
      Thread.sleep(100);
      found = spans(loyalty.output()).stream().filter(span -> traceId.equals(span.get("traceId"))).toList();
    }
    assertThat(found).as("spans of trace %s", traceId).hasSizeGreaterThanOrEqualTo(count);
    return found;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> spans(String output) {
    List<Map<String, Object>> spans = new ArrayList<>();
    output.lines().filter(line -> line.contains(EXPORTER)).forEach(line -> {
      Map<String, Object> batch = JsonMapper.shared().readValue(line.substring(line.indexOf(EXPORTER) + EXPORTER.length()),
          Map.class);
      for (Object scope : (List<Object>) batch.get("scopeSpans")) {
        spans.addAll((List<Map<String, Object>>) ((Map<String, Object>) scope).get("spans"));
      }
    });
    return spans;
  }

  private static Map<String, Object> named(List<Map<String, Object>> spans, String name) {
    List<Map<String, Object>> found = spans.stream().filter(span -> name.equals(span.get("name"))).toList();
    assertThat(found).as("spans named %s in %s", name, spans).hasSize(1);
    return found.get(0);
  }
}
