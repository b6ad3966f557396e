package dev.touchpoint.runtime;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * While no global instance is set the runtime records nothing, costs one field read and a counter
 * per call, and looks again every {@value #PROBE_INTERVAL} calls, so an SDK installed after the
 * first touchpoint calls is still found. {@link #useGlobalOpenTelemetry()} looks at once.
 */
public final class TouchpointRuntime {

  static final int PROBE_INTERVAL = 1024;
  private static final String AUTOCONFIGURE_PROPERTY = "otel.java.global-autoconfigure.enabled";
  private static final Logger LOG = LoggerFactory.getLogger("dev.touchpoint");

  private static volatile TelemetryBinding binding = TelemetryBinding.PENDING;

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
    TelemetryBinding current = binding;
    if (current.tracer == null) {
      if (current.settled || --callsUntilProbe > 0) {
        return TouchpointCall.NOT_RECORDED;
      }
      current = probeGlobal();
      if (current.tracer == null) {
        return TouchpointCall.NOT_RECORDED;
      }
    }
    return TouchpointCall.start(current.tracer, touchpoint);
  }

  /** Records into {@code openTelemetry} from now on, whatever the global instance is. */
  public static synchronized void useOpenTelemetry(OpenTelemetry openTelemetry) {
    Arguments.requireNonNull(openTelemetry, "openTelemetry",
        "pass the application's OpenTelemetry instance, or call useGlobalOpenTelemetry()");
    bind(TelemetryBinding.to(openTelemetry, "an OpenTelemetry instance set by the application"));
  }

  /** Records into {@link GlobalOpenTelemetry} from now on, looking for it at once. */
  public static synchronized void useGlobalOpenTelemetry() {
    binding = TelemetryBinding.PENDING;
    probeGlobal();
  }

  /** Whether calls currently record spans; for start-up reports and tests. */
  public static boolean isRecording() {
    TelemetryBinding current = binding;
    return current.records() || (!current.settled && probeGlobal().records());
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
    if (!toldNothingInstalled) {
      toldNothingInstalled = true;
      LOG.info(
          "Touchpoint: no OpenTelemetry SDK is installed (GlobalOpenTelemetry is not set), so"
              + " touchpoint calls record nothing for now. Register one with"
              + " OpenTelemetrySdk.builder()...buildAndRegisterGlobal(), run with the OpenTelemetry"
              + " Java agent, or call Experience.useOpenTelemetry(...).");
    }
    return current;
  }

  private static TelemetryBinding bind(TelemetryBinding next) {
    binding = next;
    LOG.debug("Touchpoint records into {}", next.description);
    return next;
  }

  private static boolean globalAutoconfigureRequested() {
    String property = System.getProperty(AUTOCONFIGURE_PROPERTY);
    if (property == null) {
      property = System.getenv("OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED");
    }
    return Boolean.parseBoolean(property);
  }
}
