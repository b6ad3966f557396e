package dev.touchpoint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.report.trace.OtlpJsonSpans;
import dev.touchpoint.report.trace.SpanReading;
import dev.touchpoint.report.trace.TraceSpan;
import dev.touchpoint.report.trace.ZipkinSpans;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two formats read into one shape: OTLP's typed attributes and Zipkin's text tags alike. */
class SpanReadersTest {

  @Test
  void otlpJsonLinesAreReadUntilALineIsNotJson() throws IOException {
    SpanReading read = OtlpJsonSpans.read("storefront.otlp.jsonl", resource("storefront.otlp.jsonl"));

    TraceSpan checkout = read.spans().get(0);
    assertThat(checkout.traceId()).isEqualTo("5b8aa5a2d2c872e8321cf37308d69df2");
    assertThat(checkout.parentId()).isNull();
    assertThat(checkout.service()).isEqualTo("storefront");
    assertThat(checkout.durationNanos()).isEqualTo(395_000_000L);
    assertThat(checkout.texts("cx.promises")).containsExactly("fast", "right-first-time");
    assertThat(checkout.texts("cx.promise.broken")).containsExactly("fast");
    assertThat(checkout.text("cx.promise.kept")).isEqualTo("false");
    assertThat(checkout.number("cx.control.time_share")).isEqualTo(0.89);
    assertThat(checkout.attributes()).containsEntry("http.response.status_code", 200L);
    // Between the parentheses, Jackson's own words.
    assertThat(read.problems()).singleElement().asString()
        .startsWith("storefront.otlp.jsonl: not OTLP JSON from line 2 on (Unrecognized token 'not'")
        .endsWith("); the spans before it are read");
  }

  @Test
  void zipkinsTextTagsReadAsTheSameValues() throws IOException {
    SpanReading read = ZipkinSpans.read("zipkin", resource("payments.zipkin.json"));

    assertThat(read.spans()).hasSize(2);
    TraceSpan authorise = read.spans().get(0);
    assertThat(authorise.parentId()).isEqualTo("aa11");
    assertThat(authorise.startEpochNanos()).isEqualTo(1_764_590_400_010_000_000L);
    assertThat(authorise.durationNanos()).isEqualTo(116_100_000L);
    assertThat(authorise.error()).isTrue();
    assertThat(authorise.texts("cx.promises")).containsExactly("fast", "right-first-time");
    assertThat(authorise.texts("cx.promise.broken")).containsExactly("right-first-time");
    assertThat(read.problems()).containsExactly("zipkin: a span without traceId or id is skipped");
  }

  @Test
  void whatIsNotZipkinsJsonIsOneLine() {
    assertThat(ZipkinSpans.read("zipkin", "{\"status\":404}").problems())
        .containsExactly("zipkin: not Zipkin's JSON (a list of traces or of spans)");
    assertThat(new TraceSpan("t", "s", null, "x", "n", 0, 0, false, Map.of("cx.promises", List.of())).texts("cx.promises"))
        .isEmpty();
  }

  static String resource(String name) throws IOException {
    try (InputStream in = SpanReadersTest.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
