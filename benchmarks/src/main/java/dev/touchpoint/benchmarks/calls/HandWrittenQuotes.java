package dev.touchpoint.benchmarks.calls;

import dev.touchpoint.CxAttributes;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The same touchpoint written by hand against the OpenTelemetry API, the way a careful engineer
 * would: every attribute set and instrument built once, per call only what OpenTelemetry itself
 * needs, and span attributes only on a span that records ({@link Span#isRecording()}, as
 * OpenTelemetry's own guidance has it). It records what Touchpoint records (the same span
 * attributes, promise outcomes and metrics, the duration with an exemplar of its span) so the two
 * do the same work.
 */
public final class HandWrittenQuotes {

  private static final long FAST_WITHIN_NANOS = TimeUnit.MILLISECONDS.toNanos(300);
  private static final AttributeKey<String> CODE_FUNCTION = AttributeKey.stringKey("code.function.name");
  private static final Attributes SPAN = Attributes.builder()
      .put(CxAttributes.TOUCHPOINT, "quotes.quote")
      .put(CxAttributes.CUSTOMER_KIND, "external")
      .put(CxAttributes.CUSTOMER_SEGMENT, "shopper")
      .put(CxAttributes.JOURNEY, "checkout")
      .put(CxAttributes.OWNER, "pricing-team")
      .put(CxAttributes.PROMISES, List.of("fast", "right-first-time"))
      .put(CODE_FUNCTION, "dev.touchpoint.benchmarks.calls.Quotes.quote")
      .build();
  private static final List<String> FAST_ALONE = List.of("fast");
  private static final List<String> BOTH = List.of("fast", "right-first-time");
  private static final Attributes DURATION_KEPT = duration(true);
  private static final Attributes DURATION_BROKEN = duration(false);
  private static final Attributes FAST_KEPT = outcome("fast", "kept");
  private static final Attributes FAST_BROKEN = outcome("fast", "broken");
  private static final Attributes RIGHT_KEPT = outcome("right-first-time", "kept");
  private static final Attributes RIGHT_BROKEN = outcome("right-first-time", "broken");
  private static final Double NO_CONTROL_TIME = 0.0;

  private final Quotes quotes;
  private final Tracer tracer;
  private final DoubleHistogram duration;
  private final LongCounter outcomes;

  public HandWrittenQuotes(OpenTelemetry openTelemetry, Quotes quotes) {
    this.quotes = quotes;
    this.tracer = openTelemetry.getTracer("dev.touchpoint.benchmarks");
    Meter meter = openTelemetry.getMeter("dev.touchpoint.benchmarks");
    this.duration = meter.histogramBuilder("cx.touchpoint.duration").setUnit("s")
        .setExplicitBucketBoundariesAdvice(List.of(0.3)).build();
    this.outcomes = meter.counterBuilder("cx.promise.outcomes").build();
  }

  public long quote(long cents) {
    long start = System.nanoTime();
    Span span = tracer.spanBuilder("quotes.quote").startSpan();
    if (span.isRecording()) {
      span.setAllAttributes(SPAN);
    }
    // span.makeCurrent() in two steps, keeping the context: the duration is recorded with it, so
    // its exemplar points at this span, as Touchpoint's does.
    Context context = Context.current().with(span);
    Throwable failure = null;
    try (Scope scope = context.makeCurrent()) {
      return quotes.quote(cents);
    } catch (Throwable error) {
      failure = error;
      span.setStatus(StatusCode.ERROR);
      span.recordException(error);
      throw error;
    } finally {
      long nanos = System.nanoTime() - start;
      boolean fast = failure == null && nanos <= FAST_WITHIN_NANOS;
      boolean right = failure == null;
      if (span.isRecording()) {
        span.setAttribute(CxAttributes.PROMISE_KEPT, fast && right);
        if (!(fast && right)) {
          span.setAttribute(CxAttributes.PROMISE_BROKEN, right ? FAST_ALONE : BOTH);
        }
        span.setAttribute(CxAttributes.CONTROL_TIME_SHARE, NO_CONTROL_TIME);
        span.setAttribute(CxAttributes.JOURNEY_FIRST_TIME_RIGHT, fast && right);
      }
      outcomes.add(1, fast ? FAST_KEPT : FAST_BROKEN);
      outcomes.add(1, right ? RIGHT_KEPT : RIGHT_BROKEN);
      duration.record(nanos / 1e9, fast && right ? DURATION_KEPT : DURATION_BROKEN, context);
      span.end();
    }
  }

  private static Attributes duration(boolean kept) {
    return Attributes.builder()
        .put(CxAttributes.TOUCHPOINT, "quotes.quote")
        .put(CxAttributes.CUSTOMER_KIND, "external")
        .put(CxAttributes.CUSTOMER_SEGMENT, "shopper")
        .put(CxAttributes.PROMISE_KEPT, kept)
        .build();
  }

  private static Attributes outcome(String promise, String outcome) {
    return Attributes.of(CxAttributes.TOUCHPOINT, "quotes.quote", CxAttributes.PROMISE, promise,
        CxAttributes.PROMISE_OUTCOME, outcome);
  }
}
