package dev.touchpoint.runtime;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;

/**
 * The key OpenTelemetry stores the current span under, learned through the public API: {@link
 * Span#storeInContext} calls {@code with(key, span)} with it on a Context that only remembers the
 * key. Used once, at class initialisation, so that a call can answer for the span itself.
 */
final class SpanKey implements Context {

  static final ContextKey<Span> KEY = learn();

  private ContextKey<?> caught;

  private SpanKey() {}

  @SuppressWarnings("unchecked")
  private static ContextKey<Span> learn() {
    SpanKey catcher = new SpanKey();
    Span.getInvalid().storeInContext(catcher);
    if (catcher.caught == null) {
      throw new IllegalStateException("the OpenTelemetry API stored a span without a key");
    }
    return (ContextKey<Span>) catcher.caught;
  }

  @Override
  public <V> V get(ContextKey<V> key) {
    return null;
  }

  @Override
  public <V> Context with(ContextKey<V> key, V value) {
    caught = key;
    return this;
  }
}
