package dev.touchpoint.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.jar.JarFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the README's main command shows: the shop on the console, each service in its own JVM. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopOnTheConsoleIT {

  static final Pattern TRACE = Pattern.compile(" trace=([0-9a-f]{8})");

  ShopSetup setup;
  List<String> lines;

  @BeforeAll
  void runTheShop() throws Exception {
    setup = ShopSetup.fromSystemProperties();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    new ShopDemo(setup, new PrintStream(output, true, StandardCharsets.UTF_8)).run(null);
    lines = output.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void theRunEndsWithTheExperienceReportReadFromTheServicesOtlpFiles() throws Exception {
    JsonNode report = JsonMapper.builder().build().readTree(setup.runDirectory().resolve("experience-report.json").toFile());

    assertThat(lines).contains("touchpoint-report: 6 journeys and 18 touchpoint calls, in "
        + setup.runDirectory().resolve("experience-report.html") + " (and experience-report.json beside it)");
    assertThat(report.get("sources")).extracting(JsonNode::asString).containsExactly(
        "otlp " + setup.spansFile("storefront"), "otlp " + setup.spansFile("payments"), "otlp " + setup.spansFile("loyalty"),
        "map " + setup.storefrontJar(), "map " + setup.touchpointsFile(), "map " + setup.loyaltyJar());
    // Right first time: the checkouts in whose trace no span, in any service, broke a promise or recovered.
    Set<String> checkouts = new HashSet<>();
    Set<String> troubled = new HashSet<>();
    for (String line : lines) {
      Matcher trace = TRACE.matcher(line);
      if (trace.find() && line.contains(" span checkout.place-order ")) {
        checkouts.add(trace.group(1));
      }
      if (trace.find(0) && (line.contains("cx.promise.kept=false") || line.contains("cx.recovery="))) {
        troubled.add(trace.group(1));
      }
    }
    troubled.retainAll(checkouts);
    assertTheCheckoutsAsTheShopperLivedThem(report, checkouts.size() - troubled.size());
    assertThat(report.get("declaredButNeverRan")).isEmpty();
    assertThat(report.get("ranButUndeclared")).isEmpty();
    assertThat(report.get("problems")).isEmpty();
  }

  /**
   * Four checkouts. The large order breaks "fast" at the storefront (and a cold service may break it
   * on the first order too); the one the primary acquirer failed needs payments' recovery, which the
   * storefront never sees: none of those is right first time.
   */
  static void assertTheCheckoutsAsTheShopperLivedThem(JsonNode report, int firstTimeRight) {
    JsonNode checkout = report.get("journeys").get(0);
    assertThat(checkout.get("journey").asString()).isEqualTo("checkout");
    assertThat(checkout.get("customerKind").isNull()).as("the row for all customers").isTrue();
    assertThat(checkout.get("instances").asInt()).isEqualTo(4);
    assertThat(firstTimeRight).as("checkouts right first time, counted from their spans").isBetween(1, 2);
    assertThat(checkout.get("firstTimeRight").asInt()).isEqualTo(firstTimeRight);
    assertThat(checkout.get("withRecovery").asInt()).isEqualTo(1);
    assertThat(checkout.get("recoveriesRanIn").get(0).get("name").asString()).isEqualTo("payments");
    assertThat(checkout.get("recoveries").get(0).get("name").asString()).isEqualTo("payments.retry-backup-acquirer");
    assertThat(report.get("journeys").get(1).get("customerSegment").asString()).isEqualTo("shopper");
  }

  @Test
  void paymentsIsInstrumentedByTheAgentAloneFromItsTouchpointsFile() throws Exception {
    try (JarFile payments = new JarFile(setup.paymentsJar().toFile())) {
      assertThat(payments.stream().map(entry -> entry.getName()).filter(name -> name.endsWith(".class")))
          .anyMatch(name -> name.startsWith("dev/touchpoint/examples/payments/"))
          .noneMatch(name -> name.startsWith("dev/touchpoint/") && !name.startsWith("dev/touchpoint/examples/"));
    }
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .startsWith("[payments  ] [touchpoint-agent] Touchpoint agent")
        .contains("4 entries from touchpoints.yaml"));
    assertThat(spanLines("[payments  ] span ")).extracting(line -> line.split("\\s+")[3]).contains(
        "payments.authorise", "acquirer.charge", "payments.retry-backup-acquirer", "finance.reconcile");
  }

  @Test
  void everyTouchpointSpanIsOneReadableLineSayingWhomItServed() {
    assertThat(spanLines("[storefront] span checkout.place-order")).hasSize(ShopDemo.ORDERS.size())
        .allSatisfy(line -> assertThat(line).contains("cx.customer.kind=external", "cx.customer.segment=shopper",
            "cx.journey=checkout", "cx.promises=[fast, right-first-time]"));
    assertThat(spanLines("[payments  ] span acquirer.charge"))
        .allSatisfy(line -> assertThat(line).contains("cx.customer.kind=partner", "cx.customer.segment=card-acquirer"));
    assertThat(spanLines("[payments  ] span finance.reconcile")).singleElement().asString()
        .contains("cx.customer.kind=internal", "cx.customer.segment=finance", "cx.promise.kept=true");
  }

  @Test
  void theShopperArrivesInPaymentsAsTheEndCustomerUnderAPseudonym() {
    assertThat(spanLines("[payments  ] span payments.authorise")).hasSize(ShopDemo.ORDERS.size())
        .allSatisfy(line -> assertThat(line)
            .contains("cx.customer.kind=internal", "cx.end_customer.kind=external", "cx.end_customer.segment=shopper")
            .containsPattern("enduser\\.pseudo\\.id=[0-9a-f]{32}"));
    assertThat(lines).noneMatch(line -> line.contains(RunningShop.SHOPPER_ID));
  }

  @Test
  void theSpringBootServiceRecordsIntoItsOwnOpenTelemetryAndIgnoresAForgedClaim() {
    assertThat(lines).contains("[loyalty   ] INFO Touchpoint: touchpoints record into the application's OpenTelemetry"
        + " bean 'openTelemetrySdk' (Spring Boot's OpenTelemetry support).");
    assertThat(lines).contains("[shopper   ] <- 200 125 points");
    List<String> shown = spanLines("[loyalty   ] span loyalty.show-points");
    assertThat(shown).hasSize(2);
    assertThat(shown.get(0)).contains("cx.customer.kind=external", "cx.end_customer.kind=external",
        "cx.end_customer.segment=shopper");
    assertThat(shown.get(1)).as("the stranger's forged claim").doesNotContain("cx.end_customer");
    assertThat(lines).as("it stops as quietly as it ran").noneMatch(line -> line.startsWith("[loyalty   ]")
        && (line.contains("WARN") || line.contains("ERROR") || line.contains("no OpenTelemetry SDK is installed")));
    assertThat(spanLines("[loyalty   ] span loyalty.read-ledger")).hasSize(2)
        .allSatisfy(line -> assertThat(line).contains("cx.customer.kind=internal", "cx.customer.segment=points-api"));
  }

  @Test
  void eachOrderEndsTheWayItsStorySays() {
    assertThat(lines).filteredOn(line -> line.startsWith("[shopper   ] <- ")).containsExactly(
        "[shopper   ] <- 200 paid order-1001 (primary-auth-0001)",
        "[shopper   ] <- 200 paid order-1002 (primary-auth-0002)",
        "[shopper   ] <- 200 paid order-1003 (backup-auth-0003)",
        "[shopper   ] <- 402 card declined for order-1004",
        "[shopper   ] <- 200 125 points");
    assertThat(lines).contains("[finance   ] <- 200 3 payments settled, 1319.94 in total");
  }

  @Test
  void itEndsWithEachServicesSummaryOfItsExperienceMetrics() {
    List<String> summary = lines.subList(lines.indexOf("Each service sums up its experience metrics as it stops:"), lines.size());

    // Exact where the story is deterministic; latency may break "fast" once more on a slow machine.
    assertThat(summary).anySatisfy(line -> assertThat(line)
        .startsWith("[storefront] summary: checkout.place-order             4 calls")
        .contains("broken (fast "));
    assertThat(summary).anySatisfy(line -> assertThat(line)
        .startsWith("[payments  ] summary: payments.authorise               4 calls")
        .contains("right-first-time 1)"));
    assertThat(summary).contains(
        "[storefront] summary: fraud-check                    control  ran 4 times",
        "[payments  ] summary: payments.retry-backup-acquirer recovery ran 1 time",
        "[payments  ] summary: finance.reconcile                1 call     1 kept    0 broken");
  }

  private List<String> spanLines(String prefix) {
    return lines.stream().filter(line -> line.startsWith(prefix)).toList();
  }
}
