package dev.touchpoint.runtime;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;

/**
 * The Context an instrumented call runs in: its parent, plus the call's span and the call itself,
 * in one small object. {@code parent.with(span).with(ACTIVE, call)} would copy the parent's entries
 * twice on every call; this answers {@link #get} for the two keys itself and copies only when
 * someone derives a context from it with {@link #with}, which most calls never do.
 *
 * <p>It depends only on {@link Context}'s public contract: {@link #get} answers for every key as the
 * two-step copy would, and {@link #with} returns exactly that copy, extended.
 */
final class CallContext implements Context {

  /** The key OpenTelemetry stores the current span under, learned through the public API. */
  static final ContextKey<Span> SPAN_KEY = SpanKeyCatcher.spanKey();

  private final Context parent;
  private final Span span;
  private final ContextKey<TouchpointCall> callKey;
  private final TouchpointCall call;

  CallContext(Context parent, Span span, ContextKey<TouchpointCall> callKey, TouchpointCall call) {
    this.parent = parent;
    this.span = span;
    this.callKey = callKey;
    this.call = call;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> V get(ContextKey<V> key) {
    if (key == SPAN_KEY) {
      return (V) span;
    }
    if (key == callKey) {
      return (V) call;
    }
    return parent.get(key);
  }

  @Override
  public <V> Context with(ContextKey<V> key, V value) {
    return parent.with(span).with(callKey, call).with(key, value);
  }

  @Override
  public String toString() {
    return "CallContext{span=" + span + ", call=" + call + ", parent=" + parent + "}";
  }

  /**
   * A Context that only remembers the key a span stores itself under: {@link Span#storeInContext}
   * calls {@code with(key, span)} with it. Used once, at class initialisation.
   */
  private static final class SpanKeyCatcher implements Context {

    private ContextKey<?> caught;

    @SuppressWarnings("unchecked")
    static ContextKey<Span> spanKey() {
      SpanKeyCatcher catcher = new SpanKeyCatcher();
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
}
