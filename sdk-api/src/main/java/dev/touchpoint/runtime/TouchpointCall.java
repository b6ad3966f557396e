package dev.touchpoint.runtime;

import dev.touchpoint.Customer;
import dev.touchpoint.CxAttributes;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/**
 * One call of a touchpoint, from {@link TouchpointRuntime#begin} to exactly one of {@link #end()},
 * {@link #end(Object)}, {@link #endOnCompletion} or {@link #fail}, on the thread that began it.
 * None of its methods throws: the application's own result or exception always passes through.
 */
public final class TouchpointCall {

  /** The call that records nothing, shared: no SDK installed means no allocation per call. */
  static final TouchpointCall NOT_RECORDED = new TouchpointCall(null, null);

  /** OpenTelemetry's {@code error.type}: the class of the exception that ended the call. */
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  /** The innermost instrumented call in progress, so the same call instrumented twice is one span. */
  private static final ContextKey<TouchpointCall> ACTIVE = ContextKey.named("touchpoint-call");

  private final CallDescriptor descriptor;
  private final Span span;
  private Scope scope;
  /** The thread the call runs on until its scope closes; null afterwards. */
  private Thread openOn;

  private TouchpointCall(CallDescriptor descriptor, Span span) {
    this.descriptor = descriptor;
    this.span = span;
    this.openOn = span == null ? null : Thread.currentThread();
  }

  static TouchpointCall start(Tracer tracer, CallDescriptor call) {
    try {
      Context parent = Context.current();
      TouchpointCall enclosing = parent.get(ACTIVE);
      if (enclosing != null && enclosing.isReenteredBy(call)) {
        // Generated code and the agent both instrument this call, or an override calls the
        // method it overrides: the enclosing span already stands for it.
        return NOT_RECORDED;
      }
      SpanBuilder builder =
          tracer.spanBuilder(call.name()).setParent(parent).setAllAttributes(call.spanAttributes());
      Customer endCustomer = EndCustomerContext.fromContextOrNull(parent);
      if (endCustomer != null) {
        builder
            .setAttribute(CxAttributes.END_CUSTOMER_KIND, endCustomer.kind().attributeValue())
            .setAttribute(CxAttributes.END_CUSTOMER_SEGMENT, endCustomer.segment());
      }
      Span span = builder.startSpan();
      TouchpointCall started = new TouchpointCall(call, span);
      started.scope = parent.with(span).with(ACTIVE, started).makeCurrent();
      return started;
    } catch (Throwable problem) {
      InternalErrors.report("start a touchpoint span", problem);
      return NOT_RECORDED;
    }
  }

  private boolean isReenteredBy(CallDescriptor call) {
    return openOn == Thread.currentThread() && descriptor.isSameCallAs(call);
  }

  /** Whether this call records a span. */
  public boolean isRecorded() {
    return span != null;
  }

  /** Ends a call that returned normally. */
  public void end() {
    if (span == null) {
      return;
    }
    closeScope();
    endSpan();
  }

  /** Ends a call that returned {@code result}, and returns it untouched. */
  public <R> R end(R result) {
    end();
    return result;
  }

  /**
   * Ends the call when {@code stage} completes, with its outcome, and returns the same stage
   * untouched. The span stops being current now: the caller's thread moves on.
   */
  public <S extends CompletionStage<?>> S endOnCompletion(S stage) {
    if (span == null) {
      return stage;
    }
    closeScope();
    try {
      if (stage == null) {
        endSpan();
      } else {
        stage.whenComplete(this::completed);
      }
    } catch (Throwable problem) {
      InternalErrors.report("follow an asynchronous touchpoint result", problem);
      endSpan();
    }
    return stage;
  }

  /** Ends a call that threw {@code error}; the caller rethrows it unchanged. */
  public void fail(Throwable error) {
    if (span == null) {
      return;
    }
    closeScope();
    recordFailure(error);
    endSpan();
  }

  private void closeScope() {
    openOn = null;
    try {
      scope.close();
    } catch (Throwable problem) {
      InternalErrors.report("close a touchpoint scope", problem);
    }
  }

  private void completed(Object value, Throwable error) {
    if (error != null) {
      recordFailure(unwrap(error));
    }
    endSpan();
  }

  private void recordFailure(Throwable error) {
    try {
      span.setStatus(StatusCode.ERROR);
      if (error != null) {
        span.setAttribute(ERROR_TYPE, error.getClass().getName());
        span.recordException(error);
      }
    } catch (Throwable problem) {
      InternalErrors.report("record a touchpoint failure", problem);
    }
  }

  private void endSpan() {
    try {
      span.end();
    } catch (Throwable problem) {
      InternalErrors.report("end a touchpoint span", problem);
    }
  }

  /** The exception the application threw, not the wrapper a future put around it. */
  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
