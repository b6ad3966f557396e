package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The end customer across real services: each in a JVM of its own, with its own policy and key,
 * calling the next over HTTP with OpenTelemetry's W3C propagators. What the edge refuses never
 * appears downstream, however the next services are configured, and a chain of trusted peers that
 * share a key keeps its INTERNAL claim and its pseudonym from end to end.
 */
class EndCustomerAcrossServicesIT {

  static final String KEY = "the-key-billing-and-ledger-share-0001";
  static final String SPOOF = "cx.customer.kind=internal,cx.customer.segment=finance,"
      + "enduser.pseudo.id=0123456789abcdef0123456789abcdef;touchpoint-key=00000000";

  @TempDir static Path work;
  static List<Path> classpath;

  @BeforeAll
  static void compileTheServices() throws Exception {
    List<Path> libraries = new ArrayList<>(TestClasspath.artifacts("touchpoint-sdk-api"));
    libraries.addAll(TestClasspath.openTelemetrySdk());
    classpath = new ArrayList<>(libraries);
    classpath.add(0, FixtureApps.compile("hops", libraries, false, work, "support", "hops"));
  }

  /** How the service behind the edge decides to trust the edge. */
  @ParameterizedTest(name = "the middle service trusts {0}")
  @ValueSource(strings = {"its caller's token", "every caller"})
  void aClaimTheEdgeRefusesNeverAppearsDownstream(String middleTrusts) throws Exception {
    try (Hop back = Hop.start("back", null, "-Dhop.trust-token=middle-token",
            "-Dtouchpoint.pseudonym.key=" + KEY);
        Hop middle = Hop.start("middle", back, middleTrusts.equals("every caller")
            ? "-Dtouchpoint.inbound.trust-every-caller=true" : "-Dhop.trust-token=edge-token",
            "-Dhop.peer-token=middle-token", "-Dtouchpoint.pseudonym.key=" + KEY, "-Dtouchpoint.pseudonym.propagate=true");
        Hop edge = Hop.start("edge", middle, "-Dhop.peer-token=edge-token", "-Dtouchpoint.pseudonym.key=" + KEY,
            "-Dtouchpoint.pseudonym.propagate=true")) {

      String answer = edge.request(SPOOF);

      assertThat(answer).isEqualTo("edge served nobody; middle served nobody; back served nobody; end");
      for (Hop hop : List.of(edge, middle, back)) {
        List<PrintedSpan> spans = hop.stopAndReadSpans();
        assertThat(spans).as(hop.name).singleElement().satisfies(span -> {
          assertThat(span.attribute("cx.end_customer.kind")).isNull();
          assertThat(span.attribute("enduser.pseudo.id")).isNull();
        });
      }
    }
  }

  @Test
  void aChainOfTrustedPeersSharingAKeyKeepsItsInternalClaimAndPseudonymEndToEnd() throws Exception {
    try (Hop ledger = Hop.start("ledger", null, "-Dhop.trust-token=billing-token", "-Dtouchpoint.pseudonym.key=" + KEY);
        Hop billing = Hop.start("billing", ledger, "-Dhop.trust-token=finance-token", "-Dhop.peer-token=billing-token",
            "-Dtouchpoint.pseudonym.key=" + KEY, "-Dtouchpoint.pseudonym.propagate=true");
        Hop finance = Hop.start("finance", billing, "-Dhop.serves=INTERNAL:finance:clerk-7",
            "-Dhop.peer-token=finance-token", "-Dtouchpoint.pseudonym.key=" + KEY, "-Dtouchpoint.pseudonym.propagate=true")) {

      String answer = finance.request(null);

      assertThat(answer).isEqualTo("finance served internal:finance; billing served internal:finance;"
          + " ledger served internal:finance; end");
      List<PrintedSpan> spans = new ArrayList<>();
      for (Hop hop : List.of(finance, billing, ledger)) {
        spans.addAll(hop.stopAndReadSpans());
      }
      assertThat(spans).hasSize(3).allSatisfy(span -> {
        assertThat(span.attribute("cx.end_customer.kind")).isEqualTo("internal");
        assertThat(span.attribute("enduser.pseudo.id")).matches("[0-9a-f]{32}");
      });
      assertThat(spans).extracting(span -> span.attribute("enduser.pseudo.id")).containsOnly(spans.get(0).attribute("enduser.pseudo.id"));
      assertThat(spans).extracting(PrintedSpan::traceId).containsOnly(spans.get(0).traceId());
    }
  }

  /** A service running in its own JVM until it is closed. */
  static final class Hop implements AutoCloseable {
    final String name;
    final Process process;
    final List<String> lines = new CopyOnWriteArrayList<>();
    final CompletableFuture<Integer> port = new CompletableFuture<>();
    final CompletableFuture<String> errors;

    private Hop(String name, Process process) {
      this.name = name;
      this.process = process;
      this.errors = ChildJvm.read(process.getErrorStream());
      Thread reader = new Thread(this::readLines, name + "-stdout");
      reader.setDaemon(true);
      reader.start();
    }

    static Hop start(String name, Hop next, String... properties) throws Exception {
      ChildJvm jvm = ChildJvm.java().property("hop.name", name).classpath(classpath).main("hops.HopService");
      if (next != null) {
        jvm.property("hop.next", "http://127.0.0.1:" + next.port() + "/");
      }
      for (String property : properties) {
        String[] pair = property.substring(2).split("=", 2);
        jvm.property(pair[0], pair[1]);
      }
      Hop hop = new Hop(name, jvm.start());
      hop.port();
      return hop;
    }

    int port() throws Exception {
      return port.get(60, TimeUnit.SECONDS);
    }

    /** Sends one request, with {@code baggage} as an outside caller's W3C baggage header if not null. */
    String request(String baggage) throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + "/"));
      if (baggage != null) {
        request.header("baggage", baggage);
      }
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    List<PrintedSpan> stopAndReadSpans() throws Exception {
      close();
      return PrintedSpan.parse(String.join("\n", lines));
    }

    private void readLines() {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith("listening ")) {
            port.complete(Integer.parseInt(line.substring("listening ".length())));
          }
          lines.add(line);
        }
      } catch (Exception closed) {
        // the process ended
      } finally {
        port.completeExceptionally(new IllegalStateException(name + " never started listening"));
      }
    }

    @Override
    public void close() throws Exception {
      if (process.isAlive()) {
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      }
    }

    @Override
    public String toString() {
      return name + ": " + String.join("\n", lines);
    }
  }
}
