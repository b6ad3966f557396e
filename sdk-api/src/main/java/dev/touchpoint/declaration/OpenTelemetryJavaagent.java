package dev.touchpoint.declaration;

/**
 * The OpenTelemetry Java agent loaded in this JVM, if any, found by the class it puts on the
 * bootstrap class path. The runtime and the Touchpoint agent both name it by the version read here.
 */
public final class OpenTelemetryJavaagent {

  private static final String BOOTSTRAP_CLASS = "io.opentelemetry.javaagent.bootstrap.AgentInitializer";

  private OpenTelemetryJavaagent() {}

  /** Its version; "" when it does not say which; null when no OpenTelemetry Java agent is loaded. */
  public static String loadedVersion() {
    try {
      Package bootstrap = Class.forName(BOOTSTRAP_CLASS, false, null).getPackage();
      String version = bootstrap == null ? null : bootstrap.getImplementationVersion();
      return version == null ? "" : version;
    } catch (ClassNotFoundException | LinkageError none) {
      return null;
    }
  }
}
