package dev.touchpoint.agent;

import dev.touchpoint.declaration.ProblemReports;
import java.lang.instrument.Instrumentation;

/**
 * The agent's entry points. Deliberately tiny: everything happens in {@link AgentStartup}, and
 * whatever goes wrong there is caught here, reported in one line and leaves the application to run
 * uninstrumented. No logging framework is touched: the application has not configured one yet.
 */
public final class TouchpointAgent {

  private TouchpointAgent() {}

  /** {@code -javaagent:touchpoint-agent.jar[=config=touchpoints.yaml]}. */
  public static void premain(String arguments, Instrumentation instrumentation) {
    start(arguments, instrumentation, AgentStartup.Mode.PREMAIN);
  }

  /** Attached to a running JVM: classes already loaded are retransformed. */
  public static void agentmain(String arguments, Instrumentation instrumentation) {
    start(arguments, instrumentation, AgentStartup.Mode.ATTACHED);
  }

  private static void start(String arguments, Instrumentation instrumentation, AgentStartup.Mode mode) {
    try {
      AgentStartup.start(AgentSettings.from(arguments), instrumentation, mode);
    } catch (Throwable failure) {
      System.err.println("[touchpoint-agent] ERROR could not start; the application runs uninstrumented: " + failure
          + ". " + ProblemReports.PLEASE_REPORT);
    }
  }
}
