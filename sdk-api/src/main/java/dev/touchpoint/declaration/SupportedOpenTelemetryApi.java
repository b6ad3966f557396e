package dev.touchpoint.declaration;

/**
 * The oldest OpenTelemetry API Touchpoint runs with, and how versions compare against it. The
 * runtime refuses an older API in one line, and the agent's start-up line says the same, so both
 * read the floor from here. Features newer than the floor are used only where present.
 */
public final class SupportedOpenTelemetryApi {

  /** The oldest API the runtime is tested with (docs/compatibility.md); the integration tests run on it. */
  public static final String OLDEST = "1.30.0";

  private SupportedOpenTelemetryApi() {}

  /**
   * Whether {@code version} is older than {@link #OLDEST}. A version that is not known (null) or
   * not a version number is not: features are then used where present, as on any newer API.
   */
  public static boolean isTooOld(String version) {
    return version != null && !version.isEmpty() && Character.isDigit(version.charAt(0))
        && compare(version, OLDEST) < 0;
  }

  /** The line that says an application's API is too old, and what to do. */
  public static String tooOldMessage(String version) {
    return "Touchpoint needs the OpenTelemetry API " + OLDEST + " or newer, and this application has "
        + version + " (io.opentelemetry:opentelemetry-api), so touchpoints record nothing and the application"
        + " runs uninstrumented. Upgrade opentelemetry-api (or the io.opentelemetry BOM) to " + OLDEST
        + " or newer.";
  }

  /** Compares dotted versions by their leading numbers: 1.29.0 &lt; 1.30.0-alpha &lt; 1.30.1. */
  static int compare(String left, String right) {
    int[] a = numbers(left);
    int[] b = numbers(right);
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }

  private static int[] numbers(String version) {
    int[] numbers = new int[3];
    String[] parts = version.split("[.-]", 4);
    for (int i = 0; i < numbers.length && i < parts.length; i++) {
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
