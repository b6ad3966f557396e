package dev.touchpoint.runtime;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import dev.touchpoint.CxAttributes;
import dev.touchpoint.declaration.SupportedOpenTelemetryApi;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;

/**
 * The one way into Touchpoint's runtime. Generated code, the agent's advice and the programmatic
 * API all call {@link #begin}, so a touchpoint means the same thing however it was instrumented.
 *
 * <pre>{@code
 * TouchpointCall call = TouchpointRuntime.begin(PLACE_ORDER, this);
 * try {
 *   return call.end(delegate.placeOrder(cart));
 * } catch (Throwable error) {
 *   call.fail(error);
 *   throw error;
 * }
 * }</pre>
 *
 * <p>Spans go to the OpenTelemetry the application runs with ({@link InstalledOpenTelemetry}: the
 * OpenTelemetry Java agent's, or the instance registered as {@link GlobalOpenTelemetry}) unless
 * {@link #useOpenTelemetry} names one. While none is there the runtime records nothing (or into the
 * Touchpoint agent's fallback SDK), costs one field read and a counter per call, and looks again
 * every {@value #PROBE_INTERVAL} calls, so an SDK installed after the first touchpoint calls is
 * still found. {@link #useGlobalOpenTelemetry()} looks at once. What it found, or that it found
 * nothing, it says once in the log.
 */
public final class TouchpointRuntime {

  static final int PROBE_INTERVAL = 1024;

  private static volatile TelemetryBinding binding = TelemetryBinding.PENDING;
  /** Recorded into while no global instance is set; guarded by the class lock. */
  private static TelemetryBinding fallback;

  // Racy on purpose: a lost decrement only moves the next look by a call, and a shared counter
  // without synchronisation keeps the no-SDK path at a few nanoseconds.
  private static int callsUntilProbe;
  private static boolean toldNothingInstalled;
  private static boolean toldWhereTelemetryGoes;
  /** Null until the application's API version is checked; guarded by the class lock. */
  private static Boolean apiTooOld;

  private TouchpointRuntime() {}

  /**
   * Starts a call of {@code touchpoint}: a span made current until the returned call ends. Never
   * throws; when nothing records, returns a call whose methods do nothing.
   *
   * @param receiver the object whose method the call runs ({@code null} for a static method): the
   *     same method on the same object, started again directly inside this call, is this call
   *     instrumented twice and makes no second span
   */
  public static TouchpointCall begin(TouchpointDescriptor touchpoint, Object receiver) {
    return start(touchpoint, receiver);
  }

  /** {@link #begin(TouchpointDescriptor, Object)} for a call on no particular object. */
  public static TouchpointCall begin(TouchpointDescriptor touchpoint) {
    return start(touchpoint, null);
  }

  /** Starts a call of the recovery path {@code recovery}; like {@link #begin}, never throws. */
  public static TouchpointCall beginRecovery(RecoveryDescriptor recovery, Object receiver) {
    return start(recovery, receiver);
  }

  /** {@link #beginRecovery(RecoveryDescriptor, Object)} for a call on no particular object. */
  public static TouchpointCall beginRecovery(RecoveryDescriptor recovery) {
    return start(recovery, null);
  }

  /** Starts a call of the control {@code control}; like {@link #begin}, never throws. */
  public static TouchpointCall beginControl(ControlDescriptor control, Object receiver) {
    return start(control, receiver);
  }

  /** {@link #beginControl(ControlDescriptor, Object)} for a call on no particular object. */
  public static TouchpointCall beginControl(ControlDescriptor control) {
    return start(control, null);
  }

  private static TouchpointCall start(CallDescriptor call, Object receiver) {
    TelemetryBinding current = binding;
    if (!current.settled && --callsUntilProbe <= 0) {
      current = probe();
    }
    if (current.tracer == null || call == null) {
      return TouchpointCall.NOT_RECORDED;
    }
    return TouchpointCall.start(current, call, receiver);
  }

  /**
   * Records a feedback score (a lag indicator) as {@code cx.feedback.score}, and as a
   * {@code cx.feedback} event on the current span when there is one. Never throws.
   */
  public static void recordFeedback(String scale, double score, Attributes about) {
    try {
      TelemetryBinding current = binding;
      if (!current.settled) {
        current = probe();
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
    if (apiTooOld()) {
      return;
    }
    bind(TelemetryBinding.to(openTelemetry, "an OpenTelemetry instance set by the application"));
  }

  /**
   * Records into {@code openTelemetry} from now on, and says so in one line that names it as
   * {@code description} ("the application's OpenTelemetry bean 'openTelemetrySdk'"): for
   * integrations that find the application's instance, such as the Spring Boot auto-configuration.
   */
  public static synchronized void useOpenTelemetry(OpenTelemetry openTelemetry, String description) {
    Arguments.requireNonNull(openTelemetry, "openTelemetry", "pass the OpenTelemetry instance found");
    if (apiTooOld()) {
      return;
    }
    toldWhereTelemetryGoes = false;
    tell(bind(TelemetryBinding.to(openTelemetry, description)));
  }

  /**
   * Stops recording into {@code openTelemetry}, which its owner is closing (a Spring context that
   * shuts down), if that is what the runtime records into. Quietly: the next call looks for the
   * OpenTelemetry the application runs with again, as at start-up.
   */
  public static synchronized void release(OpenTelemetry openTelemetry) {
    if (openTelemetry != null && binding.source == openTelemetry) {
      binding = fallback != null ? fallback : TelemetryBinding.PENDING;
      callsUntilProbe = 0;
    }
  }

  /** What touchpoints record into, in words ("nothing yet" while nothing is installed); looks first. */
  public static String recordsInto() {
    TelemetryBinding current = binding;
    return current.settled ? current.description : probe().description;
  }

  /** Records into the OpenTelemetry the application runs with from now on, looking for it at once. */
  public static synchronized void useGlobalOpenTelemetry() {
    binding = fallback != null ? fallback : TelemetryBinding.PENDING;
    callsUntilProbe = 0;
    probe();
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
    return current.settled ? current.records() : probe().records();
  }

  private static synchronized TelemetryBinding probe() {
    TelemetryBinding current = binding;
    if (current.settled) {
      return current;
    }
    if (apiTooOld()) {
      return binding;
    }
    try {
      InstalledOpenTelemetry.Found found = InstalledOpenTelemetry.findOrNull();
      if (found != null) {
        return tell(bind(TelemetryBinding.to(found.openTelemetry(), found.description())));
      }
    } catch (Throwable problem) {
      InternalErrors.report("find the OpenTelemetry the application runs with", problem);
    }
    callsUntilProbe = PROBE_INTERVAL;
    if (fallback != null) {
      return binding == fallback ? fallback : tell(bind(fallback));
    }
    if (!toldNothingInstalled) {
      toldNothingInstalled = true;
      RuntimeLog.info(
          "Touchpoint: no OpenTelemetry SDK is installed (no OpenTelemetry Java agent, and nothing is"
              + " registered as GlobalOpenTelemetry), so touchpoint calls record nothing for now. Register"
              + " one with OpenTelemetrySdk.builder()...buildAndRegisterGlobal(), run with the OpenTelemetry"
              + " Java agent, or call Experience.useOpenTelemetry(...).");
    }
    return current;
  }

  /**
   * Whether the application's OpenTelemetry API is older than the runtime supports; if so, settles
   * on recording nothing and says why, once. Checked before anything else touches the API.
   */
  private static boolean apiTooOld() {
    if (apiTooOld == null) {
      String version = OpenTelemetryApiVersion.found();
      apiTooOld = SupportedOpenTelemetryApi.isTooOld(version);
      if (apiTooOld) {
        RuntimeLog.warn(SupportedOpenTelemetryApi.tooOldMessage(version));
      }
    }
    if (apiTooOld) {
      binding = TelemetryBinding.UNSUPPORTED_API;
    }
    return apiTooOld;
  }

  private static TelemetryBinding bind(TelemetryBinding next) {
    binding = next;
    RuntimeLog.debug("Touchpoint records into " + next.description);
    return next;
  }

  /** Says once, the first time the runtime finds something to record into, what that is. */
  private static TelemetryBinding tell(TelemetryBinding found) {
    if (!toldWhereTelemetryGoes) {
      toldWhereTelemetryGoes = true;
      RuntimeLog.info("Touchpoint: touchpoints record into " + found.description + ".");
    }
    return found;
  }
}
