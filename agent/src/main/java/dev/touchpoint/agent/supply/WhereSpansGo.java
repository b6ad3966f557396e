package dev.touchpoint.agent.supply;

import dev.touchpoint.declaration.OpenTelemetryJavaagent;
import dev.touchpoint.declaration.SupportedOpenTelemetryApi;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.jar.Manifest;

/**
 * Where touchpoint spans will go, in words for the start-up line, decided as the runtime decides
 * it when the first touchpoint runs (and then names in a line of its own): the OpenTelemetry Java
 * agent's SDK where that agent runs, else the Touchpoint agent's own SDK if asked for, else what the
 * application registers as GlobalOpenTelemetry; nothing at all below the oldest supported API. Read
 * from what is visible at start-up, without loading a single application class.
 */
public final class WhereSpansGo {

  private static final String API_CLASS = "io/opentelemetry/api/GlobalOpenTelemetry.class";
  private static final String SDK_CLASS = "io/opentelemetry/sdk/OpenTelemetrySdk.class";

  private WhereSpansGo() {}

  /**
   * Decides, installing the agent's own SDK if {@code sdkEnabled} and nothing else provides one, and
   * says it in a sentence ("Spans go to ..."). {@code extension} says the OpenTelemetry Java agent
   * loaded this agent as its extension.
   */
  public static String decide(boolean extension, boolean sdkEnabled, RuntimeSupply supply) {
    String api = applicationApiVersion();
    if (SupportedOpenTelemetryApi.isTooOld(api)) {
      return "Spans go nowhere: the application's OpenTelemetry API is " + api + ", older than "
          + SupportedOpenTelemetryApi.OLDEST + ", the oldest Touchpoint supports";
    }
    String javaagent = runningJavaagentVersion();
    if (extension || javaagent != null) {
      return "Spans go to the OpenTelemetry Java agent" + (javaagent == null || javaagent.isEmpty() ? "" : " " + javaagent)
          + ", through its exporters";
    }
    if (sdkEnabled) {
      String installed = AgentSdk.install(supply);
      if (installed != null) {
        return "Spans go to " + installed;
      }
    }
    String later = "; an OpenTelemetry Java agent loaded after this one takes precedence, and the first"
        + " touchpoint names what it records into";
    if (ClassLoader.getSystemResource(SDK_CLASS) != null) {
      return "Spans go to the application's OpenTelemetry SDK once it registers it as GlobalOpenTelemetry" + later;
    }
    return "Spans go to GlobalOpenTelemetry; no OpenTelemetry SDK is on the class path, so unless the application"
        + " brings one nothing is recorded (touchpoint.agent.sdk.enabled=true lets the agent install one)" + later;
  }

  /**
   * The version of the OpenTelemetry Java agent running in this JVM ("" when it does not say), or
   * null when none runs or it was turned off with {@code otel.javaagent.enabled=false}.
   */
  static String runningJavaagentVersion() {
    String enabled = System.getProperty("otel.javaagent.enabled", System.getenv("OTEL_JAVAAGENT_ENABLED"));
    return "false".equalsIgnoreCase(enabled) ? null : OpenTelemetryJavaagent.loadedVersion();
  }

  /** The version in the manifest of the OpenTelemetry API jar on the system class path, or null. */
  static String applicationApiVersion() {
    URL api = ClassLoader.getSystemResource(API_CLASS);
    if (api == null) {
      return null;
    }
    try {
      URLConnection connection = api.openConnection();
      connection.setUseCaches(false);
      Manifest manifest = connection instanceof JarURLConnection jar ? jar.getManifest() : null;
      return manifest == null ? null : manifest.getMainAttributes().getValue("Implementation-Version");
    } catch (IOException unreadable) {
      return null;
    }
  }
}
