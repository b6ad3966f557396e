package dev.touchpoint.runtime;

import io.opentelemetry.api.GlobalOpenTelemetry;

/**
 * The OpenTelemetry API the application runs with, as its jar's manifest names it, against the
 * oldest the runtime supports. Features newer than that floor are used only where present; below
 * it, nothing is recorded and one line names the version found and the version needed.
 */
final class OpenTelemetryApiVersion {

  /** The oldest API the runtime is tested with (docs/compatibility.md); keep the two in step. */
  static final String OLDEST_SUPPORTED = "1.30.0";

  private OpenTelemetryApiVersion() {}

  /** The application's API version, or null when its jar does not say (a repackaged API). */
  static String found() {
    Package api = GlobalOpenTelemetry.class.getPackage();
    return api == null ? null : api.getImplementationVersion();
  }

  /** Whether {@code version} is older than {@link #OLDEST_SUPPORTED}; an unknown version is not. */
  static boolean isTooOld(String version) {
    return version != null && compare(version, OLDEST_SUPPORTED) < 0;
  }

  static String tooOldMessage(String version) {
    return "Touchpoint needs the OpenTelemetry API " + OLDEST_SUPPORTED + " or newer, and this application"
        + " has " + version + " (io.opentelemetry:opentelemetry-api), so touchpoints record nothing and the"
        + " application runs uninstrumented. Upgrade opentelemetry-api (or the io.opentelemetry BOM) to "
        + OLDEST_SUPPORTED + " or newer.";
  }

  /** Compares dotted versions by their leading numbers: 1.29.0 &lt; 1.30.0-alpha &lt; 1.30.1. */
  static int compare(String left, String right) {
    int[] a = numbers(left);
    int[] b = numbers(right);
    for (int i = 0; i < 3; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }

  private static int[] numbers(String version) {
    int[] numbers = new int[3];
    String[] parts = version.split("[.-]", 4);
    for (int i = 0; i < 3 && i < parts.length; i++) {
      numbers[i] = leadingNumber(parts[i]);
    }
    return numbers;
  }

  private static int leadingNumber(String part) {
    int value = 0;
    for (int i = 0; i < part.length() && Character.isDigit(part.charAt(i)) && value < 100_000; i++) {
      value = value * 10 + (part.charAt(i) - '0');
    }
    return value;
  }
}
