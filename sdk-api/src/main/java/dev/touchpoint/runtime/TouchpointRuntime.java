package dev.touchpoint.runtime;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import dev.touchpoint.CxAttributes;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;

/**
 * The one way into Touchpoint's runtime. Generated code, the agent's advice and the programmatic
 * API all call {@link #begin}, so a touchpoint means the same thing however it was instrumented.
 *
 * <pre>{@code
 * TouchpointCall call = TouchpointRuntime.begin(PLACE_ORDER);
 * try {
 *   return call.end(delegate.placeOrder(cart));
 * } catch (Throwable error) {
 *   call.fail(error);
 *   throw error;
 * }
 * }</pre>
 *
 * <p>Spans go to {@link GlobalOpenTelemetry} unless {@link #useOpenTelemetry} names an instance.
 * While no global instance is set the runtime records nothing (or into the agent's fallback SDK),
 * costs one field read and a counter per call, and looks again every {@value #PROBE_INTERVAL}
 * calls, so an SDK installed after the first touchpoint calls is still found.
 * {@link #useGlobalOpenTelemetry()} looks at once.
 */
public final class TouchpointRuntime {

  static final int PROBE_INTERVAL = 1024;
  private static final String AUTOCONFIGURE_PROPERTY = "otel.java.global-autoconfigure.enabled";
  // Named, not derived: the setting is read at every probe, which must not allocate.
  private static final String AUTOCONFIGURE_VARIABLE = "OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED";

  private static volatile TelemetryBinding binding = TelemetryBinding.PENDING;
  /** Recorded into while no global instance is set; guarded by the class lock. */
  private static TelemetryBinding fallback;

  // Racy on purpose: a lost decrement only moves the next look by a call, and a shared counter
  // without synchronisation keeps the no-SDK path at a few nanoseconds.
  private static int callsUntilProbe;
  private static boolean toldNothingInstalled;

  private TouchpointRuntime() {}

  /**
   * Starts a call of {@code touchpoint}: a span made current until the returned call ends. Never
   * throws; when nothing records, returns a call whose methods do nothing.
   */
  public static TouchpointCall begin(TouchpointDescriptor touchpoint) {
    return start(touchpoint);
  }

  /** Starts a call of the recovery path {@code recovery}; like {@link #begin}, never throws. */
  public static TouchpointCall beginRecovery(RecoveryDescriptor recovery) {
    return start(recovery);
  }

  /** Starts a call of the control {@code control}; like {@link #begin}, never throws. */
  public static TouchpointCall beginControl(ControlDescriptor control) {
    return start(control);
  }

  private static TouchpointCall start(CallDescriptor call) {
    TelemetryBinding current = binding;
    if (!current.settled && --callsUntilProbe <= 0) {
      current = probeGlobal();
    }
    if (current.tracer == null || call == null) {
      return TouchpointCall.NOT_RECORDED;
    }
    return TouchpointCall.start(current, call);
  }

  /**
   * Records a feedback score (a lag indicator) as {@code cx.feedback.score}, and as a
   * {@code cx.feedback} event on the current span when there is one. Never throws.
   */
  public static void recordFeedback(String scale, double score, Attributes about) {
    try {
      TelemetryBinding current = binding;
      if (!current.settled) {
        current = probeGlobal();
      }
      Attributes attributes = about.toBuilder().put(CxAttributes.FEEDBACK_SCALE, scale).build();
      if (current.metrics != null) {
        current.metrics.recordFeedback(score, attributes);
      }
      Span span = Span.current();
      if (span.getSpanContext().isValid()) {
        span.addEvent("cx.feedback", attributes.toBuilder().put(CxAttributes.FEEDBACK_SCORE, score).build());
      }
    } catch (Throwable problem) {
      InternalErrors.report("record feedback", problem);
    }
  }

  /** Records into {@code openTelemetry} from now on, whatever the global instance is. */
  public static synchronized void useOpenTelemetry(OpenTelemetry openTelemetry) {
    Arguments.requireNonNull(openTelemetry, "openTelemetry",
        "pass the application's OpenTelemetry instance, or call useGlobalOpenTelemetry()");
    bind(TelemetryBinding.to(openTelemetry, "an OpenTelemetry instance set by the application"));
  }

  /** Records into {@link GlobalOpenTelemetry} from now on, looking for it at once. */
  public static synchronized void useGlobalOpenTelemetry() {
    binding = fallback != null ? fallback : TelemetryBinding.PENDING;
    callsUntilProbe = 0;
    probeGlobal();
  }

  /**
   * Records into {@code openTelemetry} for as long as no global instance is set; once one is, it
   * takes over. The Touchpoint agent uses this for the SDK it installs when asked, so an application
   * that registers its own SDK later still can. Null removes the fallback.
   */
  public static synchronized void useFallbackOpenTelemetry(OpenTelemetry openTelemetry) {
    fallback = openTelemetry == null ? null
        : TelemetryBinding.fallbackTo(openTelemetry, "the Touchpoint agent's own SDK");
    if (!binding.settled) {
      binding = fallback != null ? fallback : TelemetryBinding.PENDING;
    }
  }

  /** Whether calls currently record spans; for start-up reports and tests. */
  public static boolean isRecording() {
    TelemetryBinding current = binding;
    return current.settled ? current.records() : probeGlobal().records();
  }

  private static synchronized TelemetryBinding probeGlobal() {
    TelemetryBinding current = binding;
    if (current.settled) {
      return current;
    }
    try {
      if (GlobalOpenTelemetry.isSet() || globalAutoconfigureRequested()) {
        return bind(TelemetryBinding.to(GlobalOpenTelemetry.get(), "GlobalOpenTelemetry"));
      }
    } catch (Throwable problem) {
      InternalErrors.report("find the global OpenTelemetry instance", problem);
    }
    callsUntilProbe = PROBE_INTERVAL;
    if (fallback != null) {
      return binding == fallback ? fallback : bind(fallback);
    }
    if (!toldNothingInstalled) {
      toldNothingInstalled = true;
      RuntimeLog.info(
          "Touchpoint: no OpenTelemetry SDK is installed (GlobalOpenTelemetry is not set), so"
              + " touchpoint calls record nothing for now. Register one with"
              + " OpenTelemetrySdk.builder()...buildAndRegisterGlobal(), run with the OpenTelemetry"
              + " Java agent, or call Experience.useOpenTelemetry(...).");
    }
    return current;
  }

  private static TelemetryBinding bind(TelemetryBinding next) {
    binding = next;
    RuntimeLog.debug("Touchpoint records into " + next.description);
    return next;
  }

  private static boolean globalAutoconfigureRequested() {
    return Boolean.parseBoolean(Settings.get(AUTOCONFIGURE_PROPERTY, AUTOCONFIGURE_VARIABLE));
  }
}
