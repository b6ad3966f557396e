package dev.touchpoint.runtime;

import dev.touchpoint.declaration.OpenTelemetryJavaagent;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.ContextStorage;
import java.lang.reflect.Field;

/**
 * Finds the OpenTelemetry the application runs with, without ever installing one. That is the
 * OpenTelemetry Java agent's SDK wherever the agent bridges the application's API (every release
 * from 2.0.0 on, whichever API version the application brought), or else the instance the
 * application registered as {@link GlobalOpenTelemetry}.
 *
 * <p>{@link GlobalOpenTelemetry#get()} is called only once something is there to get. Called
 * earlier, it would install a no-op for good, and the application's own registration would then
 * fail. {@code GlobalOpenTelemetry.isSet()} says whether something is there, but only on API 1.57
 * and newer. Agents whose bridge predates it answer false there, although their SDK is installed.
 */
final class InstalledOpenTelemetry {

  private static final String AUTOCONFIGURE_PROPERTY = "otel.java.global-autoconfigure.enabled";
  private static final String AUTOCONFIGURE_VARIABLE = "OTEL_JAVA_GLOBAL_AUTOCONFIGURE_ENABLED";
  /** Where the agent's bridge lives; the application's own API is never in this package. */
  private static final String AGENT_PACKAGE = "io.opentelemetry.javaagent.";

  /** How this API tells whether a global instance is registered; decided on first use. */
  private enum Registration { UNKNOWN, IS_SET, FIELD, CANNOT_TELL }

  private static Registration registration = Registration.UNKNOWN;
  private static Field registered;

  private InstalledOpenTelemetry() {}

  /** What the application records into, and where that is in words; null while nothing is installed. */
  record Found(OpenTelemetry openTelemetry, String description) {}

  /** Looks once; the caller looks again later while this answers null. Guarded by the runtime's lock. */
  static Found findOrNull() {
    String agent = bridgingJavaagentVersion();
    if (agent != null) {
      return new Found(GlobalOpenTelemetry.get(), "the OpenTelemetry Java agent" + (agent.isEmpty() ? "" : " " + agent));
    }
    if (globalIsRegistered() || Boolean.parseBoolean(Settings.get(AUTOCONFIGURE_PROPERTY, AUTOCONFIGURE_VARIABLE))) {
      return new Found(GlobalOpenTelemetry.get(), "GlobalOpenTelemetry");
    }
    return null;
  }

  /**
   * The version of the OpenTelemetry Java agent that bridges this application's API ("" when it
   * does not say), or null when no agent does. The agent bridges the API by replacing its context
   * storage, so the storage is the sign: an agent that is disabled, or whose API bridge is turned
   * off, leaves the application's own storage in place, and then its SDK is out of reach too.
   */
  static String bridgingJavaagentVersion() {
    if (!ContextStorage.get().getClass().getName().startsWith(AGENT_PACKAGE)) {
      return null;
    }
    String version = OpenTelemetryJavaagent.loadedVersion();
    return version == null ? "" : version;
  }

  private static boolean globalIsRegistered() {
    switch (registration) {
      case IS_SET:
        return GlobalOpenTelemetry.isSet();
      case FIELD:
        return readRegisteredField();
      case CANNOT_TELL:
        return false;
      default:
        registration = howToTell();
        return globalIsRegistered();
    }
  }

  private static Registration howToTell() {
    try {
      GlobalOpenTelemetry.class.getMethod("isSet");
      return Registration.IS_SET;
    } catch (NoSuchMethodException olderApi) {
      // Before 1.57: read the field GlobalOpenTelemetry keeps its instance in (1.0 to 1.56 all name it alike).
    }
    try {
      Field field = GlobalOpenTelemetry.class.getDeclaredField("globalOpenTelemetry");
      field.setAccessible(true);
      registered = field;
      return Registration.FIELD;
    } catch (ReflectiveOperationException | RuntimeException unreadable) {
      RuntimeLog.warn("Touchpoint cannot tell whether this application registered a global OpenTelemetry:"
          + " its API " + OpenTelemetryApiVersion.found() + " has no GlobalOpenTelemetry.isSet() and its"
          + " instance is out of reach (" + unreadable + "). Touchpoints record nothing until the"
          + " application calls Experience.useOpenTelemetry(openTelemetry).");
      return Registration.CANNOT_TELL;
    }
  }

  private static boolean readRegisteredField() {
    try {
      return registered.get(null) != null;
    } catch (IllegalAccessException unreadable) {
      return false;
    }
  }
}
