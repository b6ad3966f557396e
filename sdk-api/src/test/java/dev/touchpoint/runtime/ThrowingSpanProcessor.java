package dev.touchpoint.runtime;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

/** A broken exporter pipeline, as a real SDK would run it: it throws when a span starts, ends, or both. */
record ThrowingSpanProcessor(boolean onStart, boolean onEnd) implements SpanProcessor {

  @Override
  public void onStart(Context parentContext, ReadWriteSpan span) {
    if (onStart) {
      throw new IllegalStateException("processor broken on start");
    }
  }

  @Override
  public boolean isStartRequired() {
    return true;
  }

  @Override
  public void onEnd(ReadableSpan span) {
    if (onEnd) {
      throw new IllegalStateException("processor broken on end");
    }
  }

  @Override
  public boolean isEndRequired() {
    return true;
  }
}
