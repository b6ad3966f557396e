package dev.touchpoint.examples.console;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.PrintStream;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Prints each finished span on one line: its name (the touchpoint), duration, outcome, trace and
 * {@code cx.*} attributes. Readable in a terminal, which is the point of the example's embedded
 * default; real deployments export to a tracing backend instead.
 */
public final class ConsoleSpanPrinter implements SpanExporter {

  private final PrintStream out;

  public ConsoleSpanPrinter(PrintStream out) {
    this.out = out;
  }

  @Override
  public CompletableResultCode export(Collection<SpanData> spans) {
    for (SpanData span : spans) {
      out.println(line(span));
    }
    return CompletableResultCode.ofSuccess();
  }

  /** One span, one line. */
  public static String line(SpanData span) {
    long micros = TimeUnit.NANOSECONDS.toMicros(span.getEndEpochNanos() - span.getStartEpochNanos());
    StringBuilder line = new StringBuilder()
        .append("span ")
        .append(String.format("%-24s", span.getName()))
        .append(String.format(" %8.1f ms", micros / 1000.0))
        .append(span.getStatus().getStatusCode() == StatusCode.ERROR ? "  ERROR" : "  ok   ")
        .append("  trace=").append(span.getTraceId(), 0, 8);
    Map<String, Object> cx = new TreeMap<>();
    span.getAttributes().forEach((AttributeKey<?> key, Object value) -> {
      if (key.getKey().startsWith("cx.") && !key.getKey().equals("cx.touchpoint")) {
        cx.put(key.getKey(), value);
      }
    });
    cx.forEach((key, value) -> line.append("  ").append(key).append('=').append(value));
    return line.toString();
  }

  @Override
  public CompletableResultCode flush() {
    out.flush();
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    return flush();
  }
}
