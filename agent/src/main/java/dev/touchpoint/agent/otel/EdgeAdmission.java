package dev.touchpoint.agent.otel;

import dev.touchpoint.agent.AgentLog;
import dev.touchpoint.agent.AgentSettings;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizer;
import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizerProvider;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;

/**
 * Admits the end customer where the OpenTelemetry Java agent extracts it, when Touchpoint is that
 * agent's extension: each of its propagators is wrapped so that what the service's policy refuses
 * is removed from the baggage before any application code runs. The agent's instrumentation
 * extracts before the application is called and propagates every outgoing call, so without this a
 * handler that calls the next service outside any touchpoint would send a refused claim on.
 *
 * <p>The wrapping is the runtime's own code ({@code AdmittingExtractor}), loaded from the runtime
 * classes the agent carries, against the OpenTelemetry agent's API. That copy reads the policy the
 * platform team configured ({@code touchpoint.inbound.*}); a policy set in the application's code
 * applies at its touchpoints only. A service that decides trust per request with
 * {@code Experience.fromTrustedPeer()} turns this off with {@code touchpoint.inbound.admit-at-edge=false}.
 */
public final class EdgeAdmission implements AutoConfigurationCustomizerProvider {

  static final String SETTING = "touchpoint.inbound.admit-at-edge";
  private static final String EXTRACTOR = "dev.touchpoint.runtime.AdmittingExtractor";
  private static final String EDGE_CLASSES = "dev/touchpoint/agent/bundle/edge/";

  private static volatile String outcome;
  private static MethodHandle wrapping;

  @Override
  public void customize(AutoConfigurationCustomizer customizer) {
    // Loaded from the system class path, this jar is a -javaagent, and this is the application's
    // own autoconfigured SDK: not the OpenTelemetry agent's, and not this extension's to change.
    if (EdgeAdmission.class.getClassLoader() == ClassLoader.getSystemClassLoader()
        || !AgentSettings.from(null).enabled()) {
      return;
    }
    if (!admitAtEdge()) {
      outcome = "With " + SETTING + "=false, the end customer is admitted only at touchpoints: a call"
          + " made outside every touchpoint sends inbound baggage on as received";
      return;
    }
    customizer.addPropagatorCustomizer((propagator, config) -> admitting(propagator));
  }

  /** What happened to the OpenTelemetry agent's propagators, for the start-up line; null before it configured them. */
  public static String outcome() {
    return outcome;
  }

  private static TextMapPropagator admitting(TextMapPropagator propagator) {
    try {
      TextMapPropagator admitting = (TextMapPropagator) wrapping().invoke(propagator);
      outcome = "The OpenTelemetry Java agent's propagators admit the end customer as they extract it";
      return admitting;
    } catch (Throwable failed) {
      AgentLog.warnOnce("edge", "could not admit the end customer in the OpenTelemetry Java agent's propagators (" + failed
          + "); it is admitted at each touchpoint instead, and a call made outside every touchpoint"
          + " sends inbound baggage on as received");
      outcome = "The end customer is admitted only at touchpoints";
      return propagator;
    }
  }

  private static synchronized MethodHandle wrapping() throws Exception {
    if (wrapping == null) {
      URLClassLoader runtime = new URLClassLoader("touchpoint-edge", new URL[] {runtimeClasses()},
          EdgeAdmission.class.getClassLoader());
      Class<?> extractor = Class.forName(EXTRACTOR, true, runtime);
      wrapping = MethodHandles.publicLookup().findStatic(extractor, "wrapping",
          MethodType.methodType(TextMapPropagator.class, TextMapPropagator.class));
    }
    return wrapping;
  }

  /**
   * The runtime's classes in this jar, read the way this class was: the OpenTelemetry agent reads an
   * extension's classes through a URL of its own that remaps them onto its API, so a URL relative
   * to this class's code source gets the same treatment. A plain jar file gets a jar URL.
   */
  private static URL runtimeClasses() throws Exception {
    URL source = EdgeAdmission.class.getProtectionDomain().getCodeSource().getLocation();
    if ("file".equals(source.getProtocol()) && source.getPath().endsWith(".jar")) {
      return new URL("jar:" + source + "!/" + EDGE_CLASSES);
    }
    return new URL(source, EDGE_CLASSES);
  }

  private static boolean admitAtEdge() {
    String value = System.getProperty(SETTING, System.getenv("TOUCHPOINT_INBOUND_ADMIT_AT_EDGE"));
    return !"false".equalsIgnoreCase(value == null ? "" : value.strip());
  }
}
