package dev.touchpoint.runtime;

import dev.touchpoint.CxAttributes;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;

/**
 * One instrumented call (a touchpoint, a recovery path or a control), from
 * {@link TouchpointRuntime#begin} to exactly one of {@link #end()}, {@link #end(Object)},
 * {@link #endOnCompletion} or {@link #fail}, on the thread that began it. A touchpoint's promises
 * are judged when it ends (for a stage, when the stage completes). None of its methods throws: the
 * application's own result or exception always passes through.
 *
 * <p>While it runs, the call makes current an ordinary OpenTelemetry {@link Context}: the current
 * one, derived through the public API with the call's span and the call itself. Whatever stores
 * contexts (the OpenTelemetry Java agent's bridge, a custom {@code ContextStorage}, Reactor's or
 * gRPC's hooks) handles it like any other, and looking anything up in it costs the same however
 * deeply calls nest.
 *
 * <p>Calls running inside this one, on any thread the Context reaches, report to it: a recovery
 * path marks it as needing recovery, a control adds its time, and a failed call leaves its span
 * context for a later recovery to link to.
 */
public final class TouchpointCall {

  /** The call that records nothing, shared: no SDK installed means no allocation per call. */
  static final TouchpointCall NOT_RECORDED = new TouchpointCall();

  /** OpenTelemetry's {@code error.type}: the class of the exception that ended the call. */
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  /** The innermost instrumented call in progress. */
  private static final ContextKey<TouchpointCall> ACTIVE = ContextKey.named("touchpoint-call");

  private static final Double NO_CONTROL_TIME = 0.0;
  // A field updater rather than a VarHandle: the same atomic add, without the method handle
  // machinery a VarHandle spins up on first use, while the application starts.
  private static final AtomicLongFieldUpdater<TouchpointCall> CONTROL_NANOS =
      AtomicLongFieldUpdater.newUpdater(TouchpointCall.class, "controlNanos");

  private final CallDescriptor descriptor;
  /** The object whose method the call runs; null for a static method or when not known. */
  private final Object receiver;
  private final CxMetrics metrics;
  private final TouchpointCall enclosing;
  /** The outermost touchpoint of this touchpoint's journey (possibly this); null outside journeys. */
  private final TouchpointCall journeyRoot;
  private final long startNanos;
  /** Null only for {@link #NOT_RECORDED}; a non-recording span when tracing failed to start one. */
  private Span span;
  /** What the call made current: its parent Context with its span and itself. */
  private Context context;
  private Scope scope;
  /** The thread the call runs on until its scope closes; null afterwards. */
  private Thread openOn;

  // Written by calls nested inside this one, possibly on other threads.
  private volatile boolean recovered;
  private volatile long controlNanos;
  private volatile boolean journeyBroken;
  private volatile SpanContext lastFailure;

  /** Set once the call is being judged, so that a call ended late by its enclosing one is judged once. */
  private boolean judged;

  // Written by calls nested inside this one on its own thread.
  /** The exception a nested call already recorded on its span as it escaped; recorded once only. */
  private Throwable recordedInside;
  /**
   * The nested call on this thread whose scope is still open. When this call ends and finds one,
   * that call could not end itself (the stack ran out while it failed): this call ends it.
   */
  private TouchpointCall openChild;

  private TouchpointCall() {
    this.descriptor = null;
    this.receiver = null;
    this.metrics = null;
    this.enclosing = null;
    this.journeyRoot = null;
    this.startNanos = 0;
  }

  private TouchpointCall(CallDescriptor descriptor, Object receiver, CxMetrics metrics, TouchpointCall enclosing,
      TouchpointCall sharedJourneyRoot, boolean startsJourney) {
    this.descriptor = descriptor;
    this.receiver = receiver;
    this.metrics = metrics;
    this.enclosing = enclosing;
    this.journeyRoot = sharedJourneyRoot != null ? sharedJourneyRoot : startsJourney ? this : null;
    this.openOn = Thread.currentThread();
    this.startNanos = System.nanoTime();
  }

  static TouchpointCall start(TelemetryBinding binding, CallDescriptor call, Object receiver) {
    TouchpointCall started = null;
    try {
      // Inbound end-customer baggage is admitted first: nothing the service refuses leaves it from
      // inside a touchpoint.
      Context parent = EndCustomerContext.admitted(Context.current());
      TouchpointCall enclosing = parent.get(ACTIVE);
      if (enclosing != null && enclosing.isReenteredBy(call, receiver)) {
        // Generated code and the agent both instrument this call, or an override calls the
        // method it overrides: the enclosing span already stands for it.
        return NOT_RECORDED;
      }
      TouchpointCall around = touchpointAround(enclosing);
      String journey = call instanceof TouchpointDescriptor touchpoint ? touchpoint.journeyOrNull() : null;
      started = new TouchpointCall(call, receiver, binding.metrics, enclosing,
          journey == null ? null : journeyRootNamed(journey, enclosing), journey != null);
      started.span = startSpan(binding, call, parent, around);
      started.context = parent.with(started.span).with(ACTIVE, started);
      if (enclosing != null && enclosing.openOn == started.openOn) {
        enclosing.openChild = started;
      }
      if (call instanceof RecoveryDescriptor recovery) {
        started.recoveryRan(recovery, around);
      }
      started.scope = started.context.makeCurrent();
      return started;
    } catch (Throwable problem) {
      if (started != null && started.span != null) {
        started.abandonStart();
      }
      InternalErrors.report("start a touchpoint call", problem);
      return NOT_RECORDED;
    }
  }

  /**
   * Starts the call's span. If tracing fails (a sampler or span processor that throws), the call
   * carries a non-recording span with the caller's span context instead: its metrics are still
   * recorded, and spans started inside it stay in the caller's trace.
   */
  private static Span startSpan(TelemetryBinding binding, CallDescriptor call, Context parent, TouchpointCall around) {
    Span span;
    try {
      SpanBuilder builder = binding.tracer.spanBuilder(call.name()).setParent(parent);
      if (binding.attributesAtStart) {
        builder.setAllAttributes(call.spanAttributes());
        describeEndCustomer(builder, EndCustomerContext.fromContextOrNull(parent));
      }
      if (call instanceof RecoveryDescriptor && around != null && around.lastFailure != null) {
        builder.addLink(around.lastFailure); // the failed first attempt this recovery repairs
      }
      span = builder.startSpan();
    } catch (Throwable problem) {
      InternalErrors.report("start a touchpoint span (the call's metrics are still recorded)", problem);
      return Span.wrap(Span.fromContext(parent).getSpanContext());
    }
    try {
      if (!binding.attributesAtStart && span.isRecording()) {
        span.setAllAttributes(call.spanAttributes());
        describeEndCustomer(span, EndCustomerContext.fromContextOrNull(parent));
      }
    } catch (Throwable problem) {
      InternalErrors.report("describe a touchpoint span", problem);
    }
    return span;
  }

  /**
   * A start that failed after the span started: end the span now. If even that fails (out of
   * stack), the call stays registered as the enclosing call's open child, which ends it.
   */
  private void abandonStart() {
    judged = true; // the application never saw this call: nothing to judge
    openOn = null;
    endSpan();
  }

  @Override
  public String toString() {
    return descriptor == null ? "TouchpointCall{not recorded}" : "TouchpointCall{" + descriptor.name() + ", span=" + span + "}";
  }

  private static void describeEndCustomer(SpanBuilder builder, EndCustomer endCustomer) {
    if (endCustomer == null) {
      return;
    }
    builder.setAttribute(CxAttributes.END_CUSTOMER_KIND, endCustomer.kind().attributeValue());
    builder.setAttribute(CxAttributes.END_CUSTOMER_SEGMENT, endCustomer.segment());
    if (endCustomer.pseudonym() != null) {
      builder.setAttribute(CxAttributes.ENDUSER_PSEUDO_ID, endCustomer.pseudonym());
    }
  }

  // The same three attributes as above: SpanBuilder and Span share no interface to set them through.
  private static void describeEndCustomer(Span span, EndCustomer endCustomer) {
    if (endCustomer == null) {
      return;
    }
    span.setAttribute(CxAttributes.END_CUSTOMER_KIND, endCustomer.kind().attributeValue());
    span.setAttribute(CxAttributes.END_CUSTOMER_SEGMENT, endCustomer.segment());
    if (endCustomer.pseudonym() != null) {
      span.setAttribute(CxAttributes.ENDUSER_PSEUDO_ID, endCustomer.pseudonym());
    }
  }

  private boolean isReenteredBy(CallDescriptor call, Object callReceiver) {
    return openOn == Thread.currentThread() && descriptor.isSameCallAs(receiver, call, callReceiver);
  }

  /** Whether this call records a span or metrics. */
  public boolean isRecorded() {
    return span != null;
  }

  /** Ends a call that returned normally. */
  public void end() {
    if (span == null) {
      return;
    }
    try {
      closeScope(null);
      finish(null);
    } catch (Throwable outOfStack) {
      // Only running out of stack gets here; whatever this call could not end, the enclosing one does.
    }
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
    try {
      closeScope(null);
      detachFromEnclosing(); // an asynchronous call may outlive the call around it
      if (stage == null) {
        finish(null);
      } else {
        stage.whenComplete(this::completed);
      }
    } catch (Throwable problem) {
      InternalErrors.report("follow an asynchronous touchpoint result", problem);
      finish(null);
    }
    return stage;
  }

  /** Ends a call that threw {@code error}; the caller rethrows it unchanged. */
  public void fail(Throwable error) {
    if (span == null) {
      return;
    }
    try {
      closeScope(error);
      finish(error);
    } catch (Throwable outOfStack) {
      // As in end(): the application's own exception is what propagates.
    }
  }

  private void closeScope(Throwable error) {
    if (openChild != null) {
      endAbandonedInside(error);
    }
    openOn = null;
    Scope current = scope;
    if (current != null) {
      scope = null;
      try {
        current.close();
      } catch (Throwable problem) {
        InternalErrors.report("close a touchpoint scope", problem);
      }
    }
  }

  private void detachFromEnclosing() {
    if (enclosing != null && enclosing.openChild == this) {
      enclosing.openChild = null;
    }
  }

  /**
   * Ends the calls nested in this one that never ended: the stack ran out while they failed, so
   * their end or failure did not run, or did not finish. Deepest first, each from this frame (a
   * chain of them can be long): their scopes must close in order for this call's own scope to
   * restore the context it found.
   */
  private void endAbandonedInside(Throwable error) {
    while (openChild != null) {
      TouchpointCall around = this;
      TouchpointCall deepest = openChild;
      while (deepest.openChild != null) {
        around = deepest;
        deepest = deepest.openChild;
      }
      around.openChild = null;
      deepest.closeScope(error);
      if (deepest.judged) {
        deepest.endSpan();
      } else {
        deepest.finish(error);
      }
    }
  }

  private void completed(Object value, Throwable error) {
    finish(error == null ? null : unwrap(error));
  }

  /** Judges the call, records its metrics and ends its span. */
  private void finish(Throwable error) {
    judged = true;
    try {
      long nanos = System.nanoTime() - startNanos;
      boolean failed = error != null;
      if (failed) {
        recordFailure(error);
      }
      if (descriptor instanceof TouchpointDescriptor touchpoint) {
        failed |= !judge(touchpoint, nanos, error);
      } else if (descriptor instanceof ControlDescriptor control) {
        controlEnded(control, nanos);
      }
      if (failed) {
        TouchpointCall around = touchpointAround(enclosing);
        if (around != null) {
          around.lastFailure = span.getSpanContext();
        }
      }
    } catch (Throwable problem) {
      InternalErrors.report("judge a touchpoint call", problem);
    } finally {
      endSpan();
    }
  }

  /**
   * Judges every promise in force: kept when the call took no longer than the bound, ended without
   * an exception the promise does not tolerate, and needed no recovery. Returns whether all were kept.
   */
  private boolean judge(TouchpointDescriptor touchpoint, long nanos, Throwable error) {
    PromiseDescriptor[] promises = touchpoint.promiseArray();
    boolean neededRecovery = recovered;
    // An unsampled span drops its attributes: build them only for a span that records.
    boolean describe = span.isRecording();
    int firstBroken = -1;
    List<String> broken = null;
    for (int i = 0; i < promises.length; i++) {
      PromiseDescriptor promise = promises[i];
      boolean kept = !neededRecovery
          && (!promise.hasBound() || nanos <= promise.boundNanos())
          && (error == null || !promise.isBrokenBy(error));
      if (metrics != null) {
        metrics.recordOutcome(touchpoint, i, kept);
      }
      if (!kept) {
        if (firstBroken < 0) {
          firstBroken = i;
        } else if (describe) {
          if (broken == null) {
            broken = new ArrayList<>(promises.length);
            broken.add(promises[firstBroken].name());
          }
          broken.add(promise.name());
        }
      }
    }
    boolean allKept = firstBroken < 0;
    if (journeyRoot != null && !allKept) {
      journeyRoot.journeyBroken = true;
    }
    if (describe) {
      span.setAttribute(CxAttributes.PROMISE_KEPT, allKept);
      if (!allKept) {
        span.setAttribute(CxAttributes.PROMISE_BROKEN, broken != null ? broken : touchpoint.brokenAlone(firstBroken));
      }
      long inControls = controlNanos;
      span.setAttribute(CxAttributes.CONTROL_TIME_SHARE,
          inControls == 0 ? NO_CONTROL_TIME : Double.valueOf(Math.min(1.0, (double) inControls / Math.max(1, nanos))));
      if (journeyRoot == this) {
        span.setAttribute(CxAttributes.JOURNEY_FIRST_TIME_RIGHT, !journeyBroken);
      }
    }
    if (metrics != null) {
      metrics.recordDuration(touchpoint, nanos, allKept, context);
    }
    return allKept;
  }

  /** A recovery path started inside this chain: every touchpoint around it needed recovery. */
  private void recoveryRan(RecoveryDescriptor recovery, TouchpointCall around) {
    for (TouchpointCall call = enclosing; call != null; call = call.enclosing) {
      if (call.descriptor instanceof TouchpointDescriptor) {
        call.recovered = true;
        if (call.journeyRoot != null) {
          call.journeyRoot.journeyBroken = true;
        }
      }
    }
    if (metrics != null) {
      metrics.recordRecovery(recovery, around == null ? null : (TouchpointDescriptor) around.descriptor, context);
    }
  }

  /** A control ended: its time counts towards every touchpoint around it, once even when nested. */
  private void controlEnded(ControlDescriptor control, long nanos) {
    if (metrics != null) {
      metrics.recordControl(control, nanos, context);
    }
    for (TouchpointCall call = enclosing; call != null; call = call.enclosing) {
      if (call.descriptor instanceof ControlDescriptor) {
        return; // the outer control already counts this time
      }
    }
    for (TouchpointCall call = enclosing; call != null; call = call.enclosing) {
      if (call.descriptor instanceof TouchpointDescriptor) {
        CONTROL_NANOS.getAndAdd(call, nanos);
      }
    }
  }

  /**
   * Marks the span failed. The exception itself (its stack trace) is recorded on the innermost span
   * it escaped: the enclosing calls it then escapes carry its type and the error status, so an
   * exception that unwinds a thousand nested touchpoints is formatted once, not a thousand times.
   */
  private void recordFailure(Throwable error) {
    try {
      span.setStatus(StatusCode.ERROR);
      span.setAttribute(ERROR_TYPE, error.getClass().getName());
      if (error != recordedInside && span.isRecording()) {
        span.recordException(error);
      }
      if (enclosing != null && span.isRecording()) {
        enclosing.recordedInside = error;
      }
    } catch (Throwable problem) {
      InternalErrors.report("record a touchpoint failure", problem);
    }
  }

  private void endSpan() {
    try {
      span.end();
      detachFromEnclosing(); // only once ended: until then, the enclosing call would end it
    } catch (Throwable problem) {
      InternalErrors.report("end a touchpoint span", problem);
    }
  }

  /** The nearest touchpoint call at or around {@code call}, or null. */
  private static TouchpointCall touchpointAround(TouchpointCall call) {
    while (call != null && !(call.descriptor instanceof TouchpointDescriptor)) {
      call = call.enclosing;
    }
    return call;
  }

  /** The root of the journey {@code journey} that an enclosing touchpoint already started, or null. */
  private static TouchpointCall journeyRootNamed(String journey, TouchpointCall enclosing) {
    for (TouchpointCall call = enclosing; call != null; call = call.enclosing) {
      TouchpointCall root = call.journeyRoot;
      if (root != null && journey.equals(((TouchpointDescriptor) root.descriptor).journeyOrNull())) {
        return root;
      }
    }
    return null;
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
