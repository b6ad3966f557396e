package dev.touchpoint.agent.supply;

import dev.touchpoint.agent.AgentLog;

/**
 * The OpenTelemetry SDK the agent installs itself when asked ({@code touchpoint.agent.sdk.enabled=true})
 * and nobody else provides one, configured from the standard {@code otel.*} properties (for example
 * {@code otel.traces.exporter=console}, {@code otlp} or {@code zipkin}). It records touchpoints only
 * until the application registers a global SDK of its own, so the application's own setup still
 * works.
 */
public final class AgentSdk {

  private static final String AUTOCONFIGURE = "io/opentelemetry/sdk/autoconfigure/AutoConfiguredOpenTelemetrySdk.class";

  private AgentSdk() {}

  /** Installs the SDK; returns where spans go, in words, or null when it could not. */
  public static String install(RuntimeSupply supply) {
    try {
      supply.supplyToSystemClassPath();
      if (!RuntimeSupply.sees(ClassLoader.getSystemClassLoader(), AUTOCONFIGURE)) {
        for (Bundles.Jar jar : Bundles.sdkJars()) {
          supply.append(jar);
        }
      }
      // Loaded only now, once the SDK is on the class path; it is the only class that names it.
      return SdkInstaller.install();
    } catch (Throwable failed) {
      AgentLog.error("could not install the agent's own OpenTelemetry SDK (" + failed
          + "); touchpoints record into the application's SDK when it registers one");
      return null;
    }
  }
}
