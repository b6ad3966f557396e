package dev.touchpoint.examples.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.PrintStream;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Prints each touchpoint, recovery and control span on one line: its name, duration, outcome,
 * trace and {@code cx.*} attributes. Readable in a terminal, which is the point of the example's
 * embedded default; real deployments export to a tracing backend instead. HTTP spans are left to
 * the backend: on the console they would only hide the experience.
 */
public final class ConsoleSpanPrinter implements SpanExporter {

  private static final String PSEUDONYM = "enduser.pseudo.id";

  private final PrintStream out;

  public ConsoleSpanPrinter(PrintStream out) {
    this.out = out;
  }

  @Override
  public CompletableResultCode export(Collection<SpanData> spans) {
    for (SpanData span : spans) {
      if (isExperience(span)) {
        out.println(line(span));
      }
    }
    return CompletableResultCode.ofSuccess();
  }

  /** A touchpoint, recovery or control span: one Touchpoint wrote. */
  static boolean isExperience(SpanData span) {
    return span.getInstrumentationScopeInfo().getName().equals("dev.touchpoint");
  }

  /** One span, one line. */
  public static String line(SpanData span) {
    long micros = TimeUnit.NANOSECONDS.toMicros(span.getEndEpochNanos() - span.getStartEpochNanos());
    StringBuilder line = new StringBuilder()
        .append("span ")
        .append(String.format("%-30s", span.getName()))
        .append(String.format(" %7.1f ms", micros / 1000.0))
        .append(span.getStatus().getStatusCode() == StatusCode.ERROR ? "  ERROR" : "  ok   ")
        .append("  trace=").append(span.getTraceId(), 0, 8);
    Map<String, Object> shown = new TreeMap<>();
    span.getAttributes().forEach((AttributeKey<?> key, Object value) -> {
      String name = key.getKey();
      if ((name.startsWith("cx.") && !name.equals("cx.touchpoint")) || name.equals(PSEUDONYM)) {
        shown.put(name, value);
      }
    });
    shown.forEach((key, value) -> line.append("  ").append(key).append('=')
        .append(value instanceof Double share ? String.format(Locale.ROOT, "%.2f", share) : value));
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
