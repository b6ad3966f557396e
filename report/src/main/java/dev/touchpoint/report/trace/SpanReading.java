package dev.touchpoint.report.trace;

import java.util.ArrayList;
import java.util.List;

/** Spans read from one source, and one line per thing in it that could not be read. */
public record SpanReading(List<TraceSpan> spans, List<String> problems) {

  public SpanReading {
    spans = List.copyOf(spans);
    problems = List.copyOf(problems);
  }

  /** This reading and {@code other}, one after the other. */
  public SpanReading and(SpanReading other) {
    List<TraceSpan> allSpans = new ArrayList<>(spans);
    allSpans.addAll(other.spans);
    List<String> allProblems = new ArrayList<>(problems);
    allProblems.addAll(other.problems);
    return new SpanReading(allSpans, allProblems);
  }
}
