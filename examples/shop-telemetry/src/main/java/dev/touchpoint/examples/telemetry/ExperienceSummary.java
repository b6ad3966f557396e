package dev.touchpoint.examples.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Sums up, when the service stops, what its experience metrics say: for each touchpoint how many
 * calls kept their promises and which promises the others broke, how often each recovery path ran
 * and each control was passed. It reads the same metrics a dashboard would
 * ({@code cx.touchpoint.duration}, {@code cx.promise.outcomes}, {@code cx.recoveries},
 * {@code cx.control.duration}), so the numbers are the lead indicators, not a recount of spans.
 */
public final class ExperienceSummary implements MetricExporter {

  private static final AttributeKey<String> TOUCHPOINT = AttributeKey.stringKey("cx.touchpoint");
  private static final AttributeKey<Boolean> KEPT = AttributeKey.booleanKey("cx.promise.kept");
  private static final AttributeKey<String> PROMISE = AttributeKey.stringKey("cx.promise");
  private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("cx.promise.outcome");
  private static final AttributeKey<String> RECOVERY = AttributeKey.stringKey("cx.recovery");
  private static final AttributeKey<String> CONTROL = AttributeKey.stringKey("cx.control");

  private final PrintStream out;
  private volatile Collection<MetricData> latest = List.of();

  public ExperienceSummary(PrintStream out) {
    this.out = out;
  }

  @Override
  public CompletableResultCode export(Collection<MetricData> metrics) {
    latest = metrics;
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    summaryLines(latest).forEach(out::println);
    out.flush();
    return CompletableResultCode.ofSuccess();
  }

  /** The summary of cumulative experience metrics, one line per touchpoint, recovery or control. */
  static List<String> summaryLines(Collection<MetricData> metrics) {
    Map<String, Tally> touchpoints = new TreeMap<>();
    Map<String, Long> recoveries = new TreeMap<>();
    Map<String, Long> controls = new TreeMap<>();
    for (MetricData metric : metrics) {
      if (!metric.getInstrumentationScopeInfo().getName().equals("dev.touchpoint")) {
        continue;
      }
      switch (metric.getName()) {
        case "cx.touchpoint.duration" -> eachHistogramPoint(metric, (attributes, count) -> {
          Tally tally = touchpoints.computeIfAbsent(attributes.get(TOUCHPOINT), name -> new Tally());
          if (Boolean.TRUE.equals(attributes.get(KEPT))) {
            tally.kept += count;
          } else {
            tally.broken += count;
          }
        });
        case "cx.promise.outcomes" -> eachCounterPoint(metric, (attributes, count) -> {
          if ("broken".equals(attributes.get(OUTCOME))) {
            touchpoints.computeIfAbsent(attributes.get(TOUCHPOINT), name -> new Tally())
                .brokenPromises.merge(attributes.get(PROMISE), count, Long::sum);
          }
        });
        case "cx.recoveries" -> eachCounterPoint(metric,
            (attributes, count) -> recoveries.merge(attributes.get(RECOVERY), count, Long::sum));
        case "cx.control.duration" -> eachHistogramPoint(metric,
            (attributes, count) -> controls.merge(attributes.get(CONTROL), count, Long::sum));
        default -> { }
      }
    }
    List<String> lines = new ArrayList<>();
    if (touchpoints.isEmpty()) {
      lines.add("summary: no touchpoint was called");
    }
    touchpoints.forEach((name, tally) -> lines.add(tally.line(name)));
    recoveries.forEach((name, runs) -> lines.add(String.format("summary: %-30s recovery ran %d %s", name, runs, runs == 1 ? "time" : "times")));
    controls.forEach((name, runs) -> lines.add(String.format("summary: %-30s control  ran %d %s", name, runs, runs == 1 ? "time" : "times")));
    return lines;
  }

  private static void eachHistogramPoint(MetricData metric, BiConsumer<Attributes, Long> action) {
    for (HistogramPointData point : metric.getHistogramData().getPoints()) {
      action.accept(point.getAttributes(), point.getCount());
    }
  }

  private static void eachCounterPoint(MetricData metric, BiConsumer<Attributes, Long> action) {
    for (LongPointData point : metric.getLongSumData().getPoints()) {
      action.accept(point.getAttributes(), point.getValue());
    }
  }

  /** Calls of one touchpoint, by outcome. */
  private static final class Tally {
    long kept;
    long broken;
    final Map<String, Long> brokenPromises = new TreeMap<>();

    String line(String touchpoint) {
      StringBuilder line = new StringBuilder(String.format(
          "summary: %-30s %3d %s  %3d kept  %3d broken", touchpoint, kept + broken,
          kept + broken == 1 ? "call " : "calls", kept, broken));
      if (!brokenPromises.isEmpty()) {
        StringBuilder which = new StringBuilder();
        brokenPromises.forEach((promise, times) ->
            which.append(which.length() == 0 ? "" : ", ").append(promise).append(' ').append(times));
        line.append(" (").append(which).append(')');
      }
      return line.toString();
    }
  }

  @Override
  public CompletableResultCode flush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
    return AggregationTemporality.CUMULATIVE;
  }
}
