package dev.touchpoint.examples.shop;

import dev.touchpoint.examples.telemetry.Form;
import dev.touchpoint.examples.telemetry.Reply;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  static final List<ShopperOrder> ORDERS = List.of(
      new ShopperOrder("order-1001", 4_995, "tok_visa", false,
          "an ordinary order: every promise kept"),
      new ShopperOrder("order-1002", 125_000, "tok_visa", false,
          "a large order: the fraud check's manual review breaks \"fast\""),
      new ShopperOrder("order-1003", 1_999, "tok_visa", true,
          "the primary acquirer is down: payments recovers through the backup, not right first time"),
      new ShopperOrder("order-1004", 7_500, AcquirerStub.DECLINED_TOKEN, false,
          "a declined card: an honest answer, first time, so \"right-first-time\" is kept"));

  /**
   * Customer ids reach telemetry only as HMAC pseudonyms. The two services share this key, so a
   * shopper's calls can be followed across both; in production it comes from a vault, made with
   * {@code openssl rand -base64 32}.
   */
  private static final String PSEUDONYM_KEY = "example-only-key-make-your-own-with-openssl-rand";
  static final String SHOPPER_ID = "shopper-42@example.com";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
      demo.run(zipkin.spansEndpoint());
      demo.pointAt(zipkin);
    }
  }

  /** Runs the shop; with {@code zipkinSpans}, its services also send every span there. */
  void run(URI zipkinSpans) throws IOException, InterruptedException {
    List<String> telemetry = zipkinSpans == null ? List.of() : List.of(
        "-Dotel.traces.exporter=zipkin", "-Dotel.exporter.zipkin.endpoint=" + zipkinSpans);
    // The platform team's way in: the agent, and a touchpoints file for code without annotations.
    // Payments is called only by the storefront, so it trusts its caller's end customer and pseudonym.
    List<String> agent = List.of("-javaagent:" + setup.agentJar() + "=config=" + setup.touchpointsFile()
        + ",pseudonym.key=" + PSEUDONYM_KEY + ",inbound.trust-every-caller=true");
    try (AcquirerStub acquirer = AcquirerStub.start();
        ServiceProcess payments = ServiceProcess.start("payments", join(agent, telemetry), setup.paymentsJar(),
            List.of(acquirer.address().toString()), out)) {
      URI paymentsAddress = payments.awaitAddress();
      // A Spring Boot service: Touchpoint is one dependency, and spans go where Spring Boot's own go.
      try (ServiceProcess loyalty = ServiceProcess.start("loyalty", telemetry, setup.loyaltyJar(), List.of(), out);
          ServiceProcess storefront = ServiceProcess.start("storefront",
          join(List.of("-Dtouchpoint.pseudonym.key=" + PSEUDONYM_KEY, "-Dtouchpoint.pseudonym.propagate=true"),
              telemetry), setup.storefrontJar(),
          List.of(paymentsAddress.toString()), out)) {
        URI storefrontAddress = storefront.awaitAddress();
        for (ShopperOrder order : ORDERS) {
          if (order.primaryAcquirerDown()) {
            acquirer.failPrimaryFor(order.id());
          }
          say("shopper", String.format("places %s (%d.%02d): %s", order.id(), order.cents() / 100, order.cents() % 100, order.shows()));
          Reply reply = post(storefrontAddress.resolve("/orders"), Map.of("order", order.id(),
              "cents", Long.toString(order.cents()), "token", order.paymentToken(), "shopper", SHOPPER_ID));
          say("shopper", "<- " + reply.status() + " " + reply.body());
        }
        askLoyalty(loyalty.awaitAddress());
        say("finance", "runs the end-of-day reconciliation");
        Reply reconciled = post(paymentsAddress.resolve("/reconciliation"), Map.of());
        say("finance", "<- " + reconciled.status() + " " + reconciled.body());
        out.println();
        out.println("Each service sums up its experience metrics as it stops:");
      }
    }
  }

  /**
   * The shopper asks the loyalty service for their points, through the shop's front end, which sends
   * the shopper as the end customer in W3C Baggage. Then a stranger, calling from outside, claims in
   * the same baggage to be finance: loyalty's edge filter ignores the claim.
   */
  private void askLoyalty(URI loyalty) throws IOException, InterruptedException {
    say("shopper", "asks the loyalty service for their points");
    Reply points = post(loyalty.resolve("/points/balance"), Map.of("shopper", SHOPPER_ID),
        "baggage", "cx.customer.kind=external,cx.customer.segment=shopper");
    say("shopper", "<- " + points.status() + " " + points.body());
    say("stranger", "claims to be finance (an internal customer) in the baggage of a call from outside");
    Reply forged = post(loyalty.resolve("/points/balance"), Map.of("shopper", SHOPPER_ID),
        "baggage", "cx.customer.kind=internal,cx.customer.segment=finance");
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

  /** POSTs {@code form}, with these extra headers (name, value, ...). */
  private static Reply post(URI uri, Map<String, String> form, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(Form.encode(form)));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body());
  }

  private static List<String> join(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
