package dev.touchpoint.examples.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loyalty service's executable jar, run as it is deployed and called over HTTP: its touchpoints
 * record into Spring Boot's own OpenTelemetry, under Spring's HTTP server span, in the caller's trace;
 * a forged internal claim from an untrusted caller is ignored; the actuator serves the experience
 * map; and under the Touchpoint agent, on the newest JDK installed, a touchpoints file instruments the
 * service's own class in an {@code org.springframework.} package.
 */
class LoyaltyJarIT {

  static final String SHOPPER = "shopper=shopper-42%40example.com";
  static final String CALLER_SPAN = "00f067aa0ba902b7";

  @TempDir static Path work;
  static RunningJar loyalty;

  @BeforeAll
  static void start() throws Exception {
    loyalty = RunningJar.start(Files.createDirectories(work.resolve("plain")), List.of());
  }

  @AfterAll
  static void stop() throws Exception {
    loyalty.close();
  }

  @Test
  void touchpointsRecordIntoSpringBootsOpenTelemetryUnderTheRequestsSpan() throws Exception {
    String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
    String balance = loyalty.post("/points/balance", SHOPPER, "traceparent", "00-" + trace + "-" + CALLER_SPAN + "-01",
        "baggage", "cx.customer.kind=external,cx.customer.segment=shopper");

    assertThat(balance).isEqualTo("125 points");
    List<Map<String, Object>> spans = loyalty.trace(trace, 3);
    Map<String, Object> server = named(spans, "http post /points/balance");
    Map<String, Object> points = named(spans, "loyalty.show-points");
    Map<String, Object> ledger = named(spans, "loyalty.read-ledger");
    assertThat(server).containsEntry("kind", "SERVER").containsEntry("parentSpanId", CALLER_SPAN);
    assertThat(points.get("parentSpanId")).isEqualTo(server.get("spanId"));
    assertThat(ledger.get("parentSpanId")).isEqualTo(points.get("spanId"));
    assertThat(attributes(points)).containsEntry("cx.customer.kind", "external")
        .containsEntry("cx.end_customer.kind", "external").containsEntry("cx.promises", "[fast]");
    assertThat(attributes(ledger)).containsEntry("cx.customer.kind", "internal")
        .containsEntry("cx.customer.segment", "points-api");
    assertThat(loyalty.output()).contains("INFO Touchpoint: touchpoints record into the application's"
        + " OpenTelemetry bean 'openTelemetrySdk' (Spring Boot's OpenTelemetry support).");
  }

  @Test
  void aForgedInternalClaimFromAnUntrustedCallerIsIgnored() throws Exception {
    String trace = "5cf92f3577b34da6a3ce929d0e0e4736";
    loyalty.post("/points/balance", SHOPPER, "traceparent", "00-" + trace + "-" + CALLER_SPAN + "-01",
        "baggage", "cx.customer.kind=internal,cx.customer.segment=finance");

    Map<String, Object> points = named(loyalty.trace(trace, 3), "loyalty.show-points");
    assertThat(attributes(points)).doesNotContainKeys("cx.end_customer.kind", "cx.end_customer.segment");
    assertThat(loyalty.output()).contains("INFO Touchpoint: ignored an inbound internal end-customer"
        + " claim from a caller not marked as a trusted peer");
  }

  @Test
  void theActuatorServesTheExperienceMap() throws Exception {
    String map = loyalty.get("/actuator/touchpoints");

    assertThat(map).contains("\"recordsInto\":\"the application's OpenTelemetry bean 'openTelemetrySdk' (Spring"
        + " Boot's OpenTelemetry support)\"", "\"touchpoints\":2", "\"name\":\"loyalty.show-points\"",
        "\"name\":\"loyalty.read-ledger\"");
  }

  @Test
  void underTheAgentOnTheNewestJdkATouchpointsFileInstrumentsTheServicesOwnClassInASpringPackage() throws Exception {
    Path agent = Path.of(System.getProperty("touchpoint.agent.jar"));
    Path touchpoints = Path.of("touchpoints.yaml").toAbsolutePath();
    assertThat(agent).exists();
    assertThat(touchpoints).exists();
    Path java = NewestJdk.java();
    System.out.println("loyalty under the Touchpoint agent on " + java);
    try (RunningJar underAgent = RunningJar.start(java, Files.createDirectories(work.resolve("agent")),
        List.of("-javaagent:" + agent + "=config=" + touchpoints))) {
      String trace = "6df92f3577b34da6a3ce929d0e0e4736";
      underAgent.post("/points/balance", SHOPPER, "traceparent", "00-" + trace + "-" + CALLER_SPAN + "-01");

      List<Map<String, Object>> spans = underAgent.trace(trace, 4);
      Map<String, Object> expiry = named(spans, "loyalty.expire-points");
      assertThat(expiry.get("parentSpanId")).isEqualTo(named(spans, "loyalty.read-ledger").get("spanId"));
      assertThat(attributes(expiry)).containsEntry("cx.customer.kind", "internal")
          .containsEntry("cx.customer.segment", "points-api");
      assertThat(spans).extracting(span -> span.get("name")).as("one span per touchpoint call, agent or not")
          .containsExactlyInAnyOrder("http post /points/balance", "loyalty.show-points", "loyalty.read-ledger",
              "loyalty.expire-points");
      assertThat(underAgent.output()).doesNotContain("is never instrumented");
    }
  }

  private static Map<String, Object> named(List<Map<String, Object>> spans, String name) {
    List<Map<String, Object>> found = spans.stream().filter(span -> name.equals(span.get("name"))).toList();
    assertThat(found).as("spans named %s in %s", name, spans).hasSize(1);
    return found.get(0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> attributes(Map<String, Object> span) {
    return (Map<String, Object>) span.get("attributes");
  }
}
