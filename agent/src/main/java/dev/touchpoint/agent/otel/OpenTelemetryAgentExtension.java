package dev.touchpoint.agent.otel;

import dev.touchpoint.agent.AgentLog;
import dev.touchpoint.agent.AgentStartup;
import dev.touchpoint.declaration.ProblemReports;
import io.opentelemetry.javaagent.extension.AgentListener;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.lang.instrument.Instrumentation;

/**
 * Lets platform teams load Touchpoint the way they extend the OpenTelemetry Java agent:
 * {@code -Dotel.javaagent.extensions=touchpoint-agent.jar}. The OpenTelemetry agent calls this once
 * it is installed; Touchpoint then installs itself as it would from {@code premain}, and its spans
 * go out through the OpenTelemetry agent's SDK and exporters. Only that agent looks up this
 * service, so its registration is harmless when the jar is used as a {@code -javaagent} itself.
 */
public final class OpenTelemetryAgentExtension implements AgentListener {

  private static final String INSTRUMENTATION_HOLDER = "io.opentelemetry.javaagent.bootstrap.InstrumentationHolder";

  @Override
  public void afterAgent(AutoConfiguredOpenTelemetrySdk sdk) {
    try {
      AgentStartup.startAsExtension(instrumentation());
    } catch (Throwable failure) {
      AgentLog.error("could not start as an OpenTelemetry Java agent extension; the application runs"
          + " without Touchpoint's instrumentation: " + failure + ". " + ProblemReports.PLEASE_REPORT);
    }
  }

  /** The OpenTelemetry agent keeps it in a bootstrap class; read once, at start-up. */
  private static Instrumentation instrumentation() throws ReflectiveOperationException {
    Class<?> holder = Class.forName(INSTRUMENTATION_HOLDER, true, null);
    return (Instrumentation) holder.getMethod("getInstrumentation").invoke(null);
  }
}
