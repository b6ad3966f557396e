package dev.touchpoint.benchmarks.exporter;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.concurrent.atomic.LongAdder;

/**
 * An exporter that drops every span it is given: the SDK records and batches spans as in
 * production, and the cost of a backend stays out of the numbers. It counts what it dropped, so
 * a benchmark can prove its spans were really recorded.
 */
public final class DroppingSpanExporter implements SpanExporter {

  private static final LongAdder DROPPED = new LongAdder();

  /** Spans dropped in this JVM so far, by every instance. */
  public static long dropped() {
    return DROPPED.sum();
  }

  @Override
  public CompletableResultCode export(Collection<SpanData> spans) {
    DROPPED.add(spans.size());
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode flush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    return CompletableResultCode.ofSuccess();
  }
}
