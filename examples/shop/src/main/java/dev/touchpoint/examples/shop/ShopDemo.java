package dev.touchpoint.examples.shop;

import dev.touchpoint.examples.telemetry.OtlpJsonFile;
import dev.touchpoint.examples.telemetry.Reply;
import dev.touchpoint.report.ReportCommand;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the whole shop on this machine, each service in its own JVM: the card acquirer (a partner's
 * system, stubbed here), the payments service under the Touchpoint agent, the storefront woven at
 * build time, and the loyalty service, a Spring Boot application. A shopper places four orders, each
 * showing something different, and asks for their loyalty points; a stranger forges an internal
 * claim; finance runs its reconciliation. Every touchpoint span is printed as it ends; each service sums up its
 * experience metrics as it stops. With Zipkin, every span also goes to a real Zipkin server.
 */
public final class ShopDemo {

  /** One order of the shopper's, and what it shows the observability team. */
  record ShopperOrder(String id, long cents, String paymentToken, boolean primaryAcquirerDown, String shows) {}

  static final List<String> SERVICES = List.of("storefront", "payments", "loyalty");

  static final List<ShopperOrder> ORDERS = List.of(
      new ShopperOrder("order-1001", 4_995, "tok_visa", false,
          "an ordinary order: every promise kept"),
      new ShopperOrder("order-1002", 125_000, "tok_visa", false,
          "a large order: the fraud check's manual review breaks \"fast\""),
      new ShopperOrder("order-1003", 1_999, "tok_visa", true,
          "the primary acquirer is down: payments recovers through the backup, not right first time"),
      new ShopperOrder("order-1004", 7_500, AcquirerStub.DECLINED_TOKEN, false,
          "a declined card: an honest answer, first time, so \"right-first-time\" is kept"));

  private final ShopSetup setup;
  private final PrintStream out;

  ShopDemo(ShopSetup setup, PrintStream out) {
    this.setup = setup;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    ShopSetup setup = ShopSetup.fromSystemProperties();
    ShopDemo demo = new ShopDemo(setup, System.out);
    if (!setup.withZipkin()) {
      demo.run(null);
      System.out.println();
      System.out.println("The same shop with its traces in a real Zipkin: mvn -q -DskipTests -Prun-example,zipkin package");
      return;
    }
    System.out.println("Starting Zipkin on http://127.0.0.1:" + setup.zipkinPort() + " ...");
    try (ZipkinServer zipkin = ZipkinServer.start(setup.zipkinJar(), setup.zipkinPort())) {
      demo.run(zipkin);
      demo.pointAt(zipkin);
    }
  }

  /**
   * Runs the shop; with {@code zipkin}, its services also send every span there. Either way, each
   * service writes its spans as OTLP JSON into the run's folder, and the run ends with the
   * experience report of what it did: read from Zipkin when there is one, else from those files.
   */
  void run(ZipkinServer zipkin) throws IOException, InterruptedException {
    Files.createDirectories(setup.runDirectory());
    for (String service : SERVICES) {
      Files.deleteIfExists(setup.spansFile(service));
    }
    Instant started = Instant.now();
    List<String> toZipkin = zipkin == null ? List.of() : List.of(
        "-Dotel.traces.exporter=zipkin", "-Dotel.exporter.zipkin.endpoint=" + zipkin.spansEndpoint());
    try (RunningShop shop = RunningShop.start(setup, service -> {
      List<String> telemetry = new ArrayList<>(toZipkin);
      telemetry.add("-D" + OtlpJsonFile.PROPERTY + "=" + setup.spansFile(service));
      return telemetry;
    }, out)) {
      for (ShopperOrder order : ORDERS) {
        say("shopper", String.format("places %s (%d.%02d): %s", order.id(), order.cents() / 100, order.cents() % 100, order.shows()));
        Reply reply = shop.placeOrder(order);
        say("shopper", "<- " + reply.status() + " " + reply.body());
      }
      askLoyalty(shop);
      say("finance", "runs the end-of-day reconciliation");
      Reply reconciled = shop.reconcile();
      say("finance", "<- " + reconciled.status() + " " + reconciled.body());
      out.println();
      out.println("Each service sums up its experience metrics as it stops:");
    }
    out.println();
    report(zipkin, started);
  }

  /** The experience report of the run that started at {@code started}, in the run's folder. */
  private void report(ZipkinServer zipkin, Instant started) throws InterruptedException {
    List<String> arguments = new ArrayList<>();
    if (zipkin == null) {
      for (String service : SERVICES) {
        arguments.addAll(List.of("--otlp", setup.spansFile(service).toString()));
      }
    } else {
      // Zipkin indexes what it receives in the background: give the last spans a moment.
      TimeUnit.SECONDS.sleep(1);
      arguments.addAll(List.of("--zipkin", zipkin.address().toString(), "--from", started.minusSeconds(1).toString()));
    }
    setup.experienceMaps().forEach(map -> arguments.addAll(List.of("--map", map.toString())));
    arguments.addAll(List.of("--out", setup.runDirectory().toString()));
    ReportCommand.run(Instant.now(), out, out, arguments.toArray(String[]::new));
  }

  /**
   * The shopper asks the loyalty service for their points, through the shop's front end, which sends
   * the shopper as the end customer in W3C Baggage. Then a stranger, calling from outside, claims in
   * the same baggage to be finance: loyalty's edge filter ignores the claim.
   */
  private void askLoyalty(RunningShop shop) throws IOException, InterruptedException {
    say("shopper", "asks the loyalty service for their points");
    Reply points = shop.askPoints("cx.customer.kind=external,cx.customer.segment=shopper");
    say("shopper", "<- " + points.status() + " " + points.body());
    say("stranger", "claims to be finance (an internal customer) in the baggage of a call from outside");
    Reply forged = shop.askPoints("cx.customer.kind=internal,cx.customer.segment=finance");
    say("stranger", "<- " + forged.status() + " " + forged.body() + ", and no internal end customer on loyalty's spans");
  }

  private void pointAt(ZipkinServer zipkin) throws IOException {
    URI ui = zipkin.address().resolve("/zipkin/");
    out.println();
    out.println("Zipkin has the traces: " + ui);
    out.println("  search them by cx.* tags, for example the calls that broke a promise: "
        + ui + "?annotationQuery=" + URLEncoder.encode("cx.promise.kept=false", StandardCharsets.UTF_8));
    awaitEnterOnTheTerminal();
  }

  /**
   * Waits for Enter on the terminal the command was started from; without one (CI, a script)
   * there is nobody to wait for. Maven runs the shop as a child process whose standard input is a
   * pipe that never reaches its end, so ask the terminal itself: /dev/tty opens only when there is
   * one.
   */
  private void awaitEnterOnTheTerminal() throws IOException {
    try (InputStream terminal = new FileInputStream("/dev/tty")) {
      out.println("Press Enter to stop Zipkin.");
      terminal.read();
    } catch (FileNotFoundException noTerminal) {
      out.println("No terminal to wait on: stopping Zipkin.");
    }
  }

  /** A line of the shop's own story, in the same shape as the services' relayed output. */
  private void say(String who, String what) throws InterruptedException {
    // Let the services' relayed span lines reach the console first, for a readable transcript.
    TimeUnit.MILLISECONDS.sleep(100);
    out.println(String.format("[%-10s] ", who) + what);
  }
}
