package dev.touchpoint.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The observability team's view in Prometheus: the shop's services expose Prometheus metrics
 * ({@code otel.metrics.exporter=prometheus}); the SLO command, run on the storefront's jar and the
 * payments touchpoints file as a platform team would, writes the rules, the dashboards and the
 * OpenSLO documents; a real Prometheus scrapes the services and evaluates the rules while the
 * shopper orders, some orders breaking "fast". Then Prometheus is asked what Grafana would ask.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopInPrometheusIT {

  private static final String STOREFRONT_FAST =
      "{job=\"storefront\",cx_touchpoint=\"checkout.place-order\",cx_promise=\"fast\"}";
  private static final String STOREFRONT_RIGHT_FIRST_TIME =
      "{job=\"storefront\",cx_touchpoint=\"checkout.place-order\",cx_promise=\"right-first-time\"}";

  @TempDir static Path work;
  ShopSetup setup;
  PrometheusServer prometheus;
  RunningShop shop;
  final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  /** The storefront's checkouts after the warm-up, as its own spans judged them. */
  int keptFast;
  int brokeFast;

  @BeforeAll
  void runTheShopUnderPrometheus() throws Exception {
    setup = ShopSetup.fromSystemProperties();
    generate("storefront", setup.storefrontJar());
    generate("payments", setup.touchpointsFile());
    Map<String, Integer> metricsPorts = Map.of("storefront", freePort(), "payments", freePort());
    shop = RunningShop.start(setup, service -> metricsPorts.containsKey(service) ? List.of(
        "-Dotel.metrics.exporter=prometheus", "-Dotel.exporter.prometheus.host=127.0.0.1",
        "-Dotel.exporter.prometheus.port=" + metricsPorts.get(service)) : List.of(),
        new PrintStream(printed, true, StandardCharsets.UTF_8));

    // rate() counts what a counter gains after Prometheus first sees it, and extrapolates from
    // there. So first orders that keep "fast" and break it (a cold JVM may break it too), until the
    // storefront serves both series; only then does Prometheus start, and its first scrape sees both
    // at once. What follows is measured.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    URI storefrontMetrics = URI.create("http://127.0.0.1:" + metricsPorts.get("storefront") + "/metrics");
    while (!servesBothOutcomesOfFast(storefrontMetrics)) {
      assertThat(System.nanoTime()).as("the storefront serves kept and broken \"fast\" series").isLessThan(deadline);
      shop.placeOrder(ShopDemo.ORDERS.get(0));
      shop.placeOrder(ShopDemo.ORDERS.get(1));
    }
    prometheus = PrometheusServer.start(work, metricsPorts, List.of(rules("storefront"), rules("payments")), freePort());
    assertThat(prometheus.await("count(cx_promise_outcomes_total" + STOREFRONT_FAST + ") == 2", Duration.ofSeconds(30)))
        .as("Prometheus's first scrape of the storefront").hasSize(1);
    int warmUp = checkouts().size();
    for (int round = 0; round < 3; round++) {
      for (ShopDemo.ShopperOrder order : ShopDemo.ORDERS) {
        shop.placeOrder(order);
      }
      shop.reconcile();
    }
    TimeUnit.SECONDS.sleep(1); // the last span lines reach the relay
    List<String> measured = checkouts().subList(warmUp, checkouts().size());
    brokeFast = (int) measured.stream().filter(line -> line.contains("cx.promise.broken=[fast")).count();
    keptFast = measured.size() - brokeFast;
    TimeUnit.SECONDS.sleep(4); // two scrapes, and the rules evaluated on them
  }

  @AfterAll
  void stop() throws Exception {
    if (shop != null) {
      shop.close();
    }
    if (prometheus != null) {
      prometheus.close();
    }
  }

  @Test
  void theRecordedRatiosAreWhatTheShopDid() throws Exception {
    assertThat(keptFast + brokeFast).as("checkouts measured").isEqualTo(12);
    assertThat(brokeFast).as("the three large orders' manual review breaks \"fast\"; a slow machine may add one")
        .isGreaterThanOrEqualTo(3);

    JsonNode fast = prometheus.query("touchpoint:cx_promise_kept:ratio_rate5m" + STOREFRONT_FAST);
    JsonNode rightFirstTime = prometheus.query("touchpoint:cx_promise_kept:ratio_rate5m" + STOREFRONT_RIGHT_FIRST_TIME);

    assertThat(value(fast)).as("kept share of \"fast\", as recorded").isCloseTo((double) keptFast / (keptFast + brokeFast),
        within(0.05));
    assertThat(value(rightFirstTime)).as("the storefront's own calls are all right first time").isEqualTo(1.0);
    for (JsonNode group : prometheus.rules()) {
      for (JsonNode rule : group.path("rules")) {
        assertThat(rule.path("health").asString()).as("%s: %s", rule.path("name"), rule.path("lastError")).isEqualTo("ok");
      }
    }
  }

  @Test
  void theBrokenPromisesBurnRateAlertIsRaisedAndTheKeptOnesIsNot() throws Exception {
    List<JsonNode> burning = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (burning.size() < 2 && System.nanoTime() < deadline) {
      burning.clear();
      prometheus.alerts().forEach(burning::add);
      TimeUnit.MILLISECONDS.sleep(500);
    }

    assertThat(burning).as(prometheus.log()).anySatisfy(alert -> {
      assertThat(alert.at("/labels/alertname").asString()).isEqualTo("CxPromiseErrorBudgetBurn");
      assertThat(alert.at("/labels/cx_touchpoint").asString()).isEqualTo("checkout.place-order");
      assertThat(alert.at("/labels/cx_promise").asString()).isEqualTo("fast");
      assertThat(alert.at("/labels/owner").asString()).isEqualTo("checkout-team");
      assertThat(alert.at("/labels/customer_kind").asString()).isEqualTo("external");
      assertThat(alert.at("/labels/customer_segment").asString()).isEqualTo("shopper");
      assertThat(alert.at("/labels/burn_window").asString()).isEqualTo("1h");
      assertThat(alert.path("state").asString()).isIn("pending", "firing");
    });
    assertThat(burning).noneSatisfy(alert -> {
      assertThat(alert.at("/labels/cx_touchpoint").asString()).isEqualTo("checkout.place-order");
      assertThat(alert.at("/labels/cx_promise").asString()).isEqualTo("right-first-time");
    });
  }

  @Test
  void everyDashboardQueryReturnsData() throws Exception {
    for (String service : List.of("storefront", "payments")) {
      JsonNode dashboard = JsonMapper.builder().build().readTree(work.resolve("slo/grafana/" + service + ".json").toFile());
      for (JsonNode panel : dashboard.path("panels")) {
        for (JsonNode target : panel.path("targets")) {
          String expr = target.path("expr").asString();
          assertThat(prometheus.query(expr)).as("%s: %s", panel.path("title").asString(), expr).isNotEmpty();
        }
      }
    }
  }

  @Test
  void everyOpenSloIndicatorQueryReturnsData() throws Exception {
    int indicators = 0;
    for (String service : List.of("storefront", "payments")) {
      try (MappingIterator<JsonNode> documents = YAMLMapper.builder().build().readerFor(JsonNode.class)
          .readValues(work.resolve("slo/openslo/" + service + ".yaml").toFile())) {
        for (JsonNode document : documents.readAll()) {
          if (document.path("kind").asString().equals("SLO")) {
            JsonNode ratio = document.at("/spec/indicator/spec/ratioMetric");
            for (String part : List.of("good", "total")) {
              String query = ratio.path(part).at("/metricSource/spec/query").asString();
              assertThat(prometheus.query(query)).as("%s %s: %s", document.at("/metadata/name").asString(), part, query)
                  .isNotEmpty();
              indicators++;
            }
          }
        }
      }
    }
    assertThat(indicators).as("good and total of each SLO: 2 in the storefront, 4 in payments").isEqualTo(12);
  }

  /** Whether the storefront's Prometheus endpoint has both outcomes of checkout.place-order's "fast". */
  private static boolean servesBothOutcomesOfFast(URI metrics) throws Exception {
    String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metrics).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    return body.lines().filter(line -> line.startsWith("cx_promise_outcomes_total{")
        && line.contains("cx_touchpoint=\"checkout.place-order\"") && line.contains("cx_promise=\"fast\""))
        .count() == 2;
  }

  /** Runs the SLO command as a platform team would: on what the service ships, with java -jar. */
  private void generate(String service, Path source) throws Exception {
    Process command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        System.getProperty("shop.slo.jar"), "--service", service, "--out", work.resolve("slo").toString(),
        source.toString()).redirectErrorStream(true).start();
    String output = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(command.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(command.exitValue()).as(output).isZero();
    assertThat(output).startsWith("touchpoint-slo: ");
  }

  private Path rules(String service) {
    Path rules = work.resolve("slo/prometheus/" + service + ".rules.yaml");
    assertThat(rules).exists();
    return rules;
  }

  private List<String> checkouts() {
    return printed.toString(StandardCharsets.UTF_8).lines()
        .filter(line -> line.startsWith("[storefront] span checkout.place-order")).toList();
  }

  private static double value(JsonNode samples) {
    assertThat(samples).hasSize(1);
    return Double.parseDouble(samples.get(0).path("value").get(1).asString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
