package dev.touchpoint.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The observability team's view, end to end: the example shop runs against a real Zipkin server on
 * a free loopback port, and its traces are read back through Zipkin's HTTP API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopInZipkinIT {

  ZipkinServer zipkin;
  ShopSetup setup;
  String printed;

  @BeforeAll
  void runTheShopAgainstZipkin() throws Exception {
    setup = ShopSetup.fromSystemProperties();
    zipkin = ZipkinServer.start(setup.zipkinJar(), freePort());
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    new ShopDemo(setup, new PrintStream(output, true, StandardCharsets.UTF_8)).run(zipkin);
    printed = output.toString(StandardCharsets.UTF_8);
  }

  @AfterAll
  void stopZipkin() throws Exception {
    if (zipkin != null) {
      zipkin.close();
    }
  }

  @Test
  void everyCheckoutIsOneTraceAcrossBothServicesWithTheEndCustomerDownstream() throws Exception {
    List<List<ZipkinSpan>> checkouts = awaitTraces("serviceName=storefront&spanName=checkout.place-order", 4);

    assertThat(checkouts).hasSize(ShopDemo.ORDERS.size()).allSatisfy(trace -> {
      assertThat(trace).extracting(ZipkinSpan::service).contains("storefront", "payments");
      assertThat(trace).extracting(ZipkinSpan::traceId).containsOnly(trace.get(0).traceId());

      ZipkinSpan checkout = named(trace, "checkout.place-order");
      assertThat(checkout.tags()).containsEntry("cx.customer.kind", "external")
          .containsEntry("cx.customer.segment", "shopper")
          .containsEntry("cx.journey", "checkout")
          .containsEntry("cx.promises", "fast,right-first-time")
          .containsKey("cx.promise.kept");

      ZipkinSpan authorise = named(trace, "payments.authorise");
      assertThat(authorise.service()).isEqualTo("payments");
      assertThat(authorise.tags()).containsEntry("cx.customer.kind", "internal")
          .containsEntry("cx.customer.segment", "checkout")
          .containsEntry("cx.end_customer.kind", "external")
          .containsEntry("cx.end_customer.segment", "shopper")
          .containsEntry("enduser.pseudo.id", checkout.tag("enduser.pseudo.id"));
      assertThat(authorise.tag("enduser.pseudo.id")).matches("[0-9a-f]{32}");
    });
  }

  @Test
  void theSpringBootServicesTouchpointsAreInsideItsHttpServerSpan() throws Exception {
    List<List<ZipkinSpan>> asked = awaitTraces("serviceName=loyalty&spanName=loyalty.show-points", 2);

    assertThat(asked).hasSize(2).allSatisfy(trace -> {
      ZipkinSpan server = named(trace, "http post /points/balance");
      ZipkinSpan shown = named(trace, "loyalty.show-points");
      ZipkinSpan ledger = named(trace, "loyalty.read-ledger");
      assertThat(List.of(server, shown, ledger)).extracting(ZipkinSpan::service).containsOnly("loyalty");
      assertThat(shown.parentId()).isEqualTo(server.id());
      assertThat(ledger.parentId()).isEqualTo(shown.id());
    });
  }

  @Test
  void tracesAreSearchableByCxTags() throws Exception {
    List<List<ZipkinSpan>> recovered = awaitTraces(tagQuery("cx.recovery=payments.retry-backup-acquirer"), 1);
    assertThat(recovered).hasSize(1);
    ZipkinSpan retry = named(recovered.get(0), "payments.retry-backup-acquirer");
    ZipkinSpan authorise = named(recovered.get(0), "payments.authorise");
    assertThat(retry.parentId()).isEqualTo(authorise.id());
    assertThat(authorise.tags()).containsEntry("cx.promise.kept", "false")
        .containsEntry("cx.promise.broken", "fast,right-first-time");

    // The large order's manual review broke "fast" at the storefront, and only "fast".
    assertThat(awaitTraces(tagQuery("cx.promise.broken=fast"), 1)).anySatisfy(trace -> {
      assertThat(named(trace, "checkout.place-order").tags()).containsEntry("cx.promise.kept", "false");
      assertThat(Double.parseDouble(named(trace, "checkout.place-order").tag("cx.control.time_share"))).isGreaterThan(0.5);
    });

    List<List<ZipkinSpan>> finance = awaitTraces(tagQuery("cx.customer.segment=finance"), 1);
    assertThat(named(finance.get(0), "finance.reconcile").tags())
        .containsEntry("cx.customer.kind", "internal")
        .containsEntry("cx.promise.kept", "true");
  }

  @Test
  void theReportFromZipkinSeesTheRecoveryTheStorefrontsOwnSpanDidNot() throws Exception {
    List<List<ZipkinSpan>> recovered = awaitTraces(tagQuery("cx.recovery=payments.retry-backup-acquirer"), 1);
    assertThat(named(recovered.get(0), "checkout.place-order").tags()).as("what the storefront saw of the journey")
        .containsEntry("cx.journey.first_time_right", "true");

    JsonNode report = JsonMapper.builder().build().readTree(setup.runDirectory().resolve("experience-report.json").toFile());

    assertThat(printed).contains("touchpoint-report: 6 journeys and 18 touchpoint calls, in "
        + setup.runDirectory().resolve("experience-report.html"));
    assertThat(report.get("sources").get(0).asString()).isEqualTo("zipkin " + zipkin.address() + "/");
    // Right first time: the checkout traces in which no span, in any service, broke a promise or recovered.
    int firstTimeRight = (int) awaitTraces("serviceName=storefront&spanName=checkout.place-order", 4).stream()
        .filter(trace -> trace.stream().noneMatch(span -> "false".equals(span.tag("cx.promise.kept"))
            || span.tag("cx.recovery") != null))
        .count();
    ShopOnTheConsoleIT.assertTheCheckoutsAsTheShopperLivedThem(report, firstTimeRight);
  }

  @Test
  void noSpanCarriesTheShoppersIdInClear() throws Exception {
    List<List<ZipkinSpan>> all = awaitTraces("limit=100", ShopDemo.ORDERS.size() + 1);

    assertThat(all).flatExtracting(trace -> trace).allSatisfy(span ->
        assertThat(span.tags().values()).noneMatch(value -> value.contains(RunningShop.SHOPPER_ID)));
    assertThat(printed).doesNotContain(RunningShop.SHOPPER_ID);
  }

  /** Zipkin stores spans as they arrive; wait until the query finds at least {@code atLeast} traces. */
  private List<List<ZipkinSpan>> awaitTraces(String query, int atLeast) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    List<List<ZipkinSpan>> traces = ZipkinSpan.traces(zipkin.address(), query);
    while (traces.size() < atLeast && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(200);
      traces = ZipkinSpan.traces(zipkin.address(), query);
    }
    return traces;
  }

  private static String tagQuery(String tag) {
    return "annotationQuery=" + URLEncoder.encode(tag, StandardCharsets.UTF_8) + "&limit=100";
  }

  private static ZipkinSpan named(List<ZipkinSpan> trace, String name) {
    return trace.stream().filter(span -> span.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no span " + name + " in " + trace));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
