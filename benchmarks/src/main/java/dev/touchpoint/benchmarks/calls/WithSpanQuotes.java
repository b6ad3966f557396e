package dev.touchpoint.benchmarks.calls;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.instrumentation.annotations.WithSpan;

/** The alternative a user would pick: OpenTelemetry's {@code @WithSpan}, under its Java agent. */
public class WithSpanQuotes {

  @WithSpan("quotes.quote")
  public long quote(long cents) {
    return cents + cents / 5;
  }

  /** Whether a {@code @WithSpan} method runs inside a span the agent started and samples. */
  @WithSpan("quotes.probe")
  public boolean sampledInside() {
    return Span.current().getSpanContext().isSampled();
  }

  /** Whether the agent started a span at all (sampled or not). */
  @WithSpan("quotes.probe")
  public boolean spanInside() {
    return Span.current().getSpanContext().isValid();
  }
}
