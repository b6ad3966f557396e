package dev.touchpoint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  static final Instant NOW = Instant.parse("2025-12-01T12:00:00Z");

  @TempDir Path work;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void writesThePageAndTheJsonFromOtlpFilesAndMaps() throws Exception {
    Path spans = Files.writeString(work.resolve("storefront.otlp.jsonl"), SpanReadersTest.resource("storefront.otlp.jsonl")
        .lines().findFirst().orElseThrow());
    Path map = Files.writeString(work.resolve("touchpoints.yaml"), """
        touchpoints:
          - class: com.shop.Checkout
            method: placeOrder
            name: checkout.place-order
            serves: external
            customer: shopper
            promises:
              - name: fast
                within: 300ms
          - class: com.shop.Catalog
            method: browse
            name: catalog.browse
            serves: external
        """);

    int status = run("--otlp", spans.toString(), "--map", map.toString(), "--out", work.resolve("report").toString());

    assertThat(status).isZero();
    assertThat(printed(out)).isEqualTo("touchpoint-report: 1 journey and 1 touchpoint call, in "
        + work.resolve("report/experience-report.html") + " (and experience-report.json beside it)\n");
    assertThat(printed(err)).isEmpty();
    assertThat(work.resolve("report/experience-report.json")).content()
        .contains("\"declaredButNeverRan\" : [ \"catalog.browse (touchpoints.yaml:10)\" ]",
            "\"promise\" : \"fast\",\n      \"kept\" : 0,\n      \"broken\" : 1");
    assertThat(work.resolve("report/experience-report.html")).content().contains("fast within 300ms: ");
  }

  @Test
  void aTimeRangeKeepsWhatStartedInIt() throws Exception {
    Path spans = Files.writeString(work.resolve("spans.jsonl"), SpanReadersTest.resource("storefront.otlp.jsonl")
        .lines().findFirst().orElseThrow());

    // The checkout started at 12:00:00.
    run("--otlp", spans.toString(), "--since", "1h", "--out", work.resolve("last-hour").toString());
    run("--otlp", spans.toString(), "--from", "2025-12-01T12:00:01Z", "--out", work.resolve("after").toString());

    assertThat(printed(out).lines()).extracting(line -> line.substring(0, line.indexOf(", in ")))
        .containsExactly("touchpoint-report: 1 journey and 1 touchpoint call",
            "touchpoint-report: 0 journeys and 0 touchpoint calls");
    assertThat(work.resolve("last-hour/experience-report.json")).content().contains("\"from\" : \"2025-12-01T11:00:00Z\"");
  }

  @Test
  void whatCannotBeReadIsALineAndTheReportIsStillWritten() {
    int status = run("--otlp", work.resolve("missing.jsonl").toString(), "--zipkin", "http://127.0.0.1:1",
        "--out", work.toString());

    assertThat(status).isZero();
    assertThat(printed(err)).contains("touchpoint-report: http://127.0.0.1:1/api/v2/traces?endTs=1764590400000"
        + "&lookback=604800000&limit=10000: cannot reach Zipkin (java.net.ConnectException",
        "touchpoint-report: " + work.resolve("missing.jsonl") + ": cannot be read (java.nio.file.NoSuchFileException");
    assertThat(work.resolve("experience-report.html")).exists();
  }

  @Test
  void aWrongCommandLineSaysWhatIsWrongAndHowToWriteIt() {
    assertThat(run("spans.jsonl")).isEqualTo(2);
    assertThat(printed(err)).isEqualTo("""
        touchpoint-report: what is spans.jsonl? Name each source with --zipkin, --otlp or --map
        usage: touchpoint-report (--zipkin URL | --otlp FILE...) [--map JAR|CLASSES|TOUCHPOINTS.yaml]... \
        [--since 1h | --from INSTANT] [--to INSTANT] [--service NAME]... [--out FOLDER]
        """);
    err.reset();
    assertThat(run("--map", "storefront.jar")).isEqualTo(2);
    assertThat(printed(err)).startsWith("touchpoint-report: name where the traces are: --zipkin URL or --otlp FILE\n");
    err.reset();
    assertThat(run("--otlp", "spans.jsonl", "--since", "yesterday")).isEqualTo(2);
    assertThat(printed(err)).startsWith("touchpoint-report: cannot read a time or address: --since yesterday is not a"
        + " duration: write a whole number followed by s, m, h or d, such as 15m, 1h or 7d\n");
    err.reset();
    assertThat(run("--otlp", "spans.jsonl", "--from", "monday")).isEqualTo(2);
    assertThat(printed(err)).startsWith("touchpoint-report: cannot read a time or address: Text 'monday' could not be"
        + " parsed at index 0\n");
  }

  private int run(String... arguments) {
    return ReportCommand.run(NOW, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), arguments);
  }

  private static String printed(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
