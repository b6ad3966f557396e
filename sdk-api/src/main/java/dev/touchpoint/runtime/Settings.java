package dev.touchpoint.runtime;

import java.util.Locale;

/**
 * Touchpoint's settings, the way OpenTelemetry reads its own: a system property
 * ({@code touchpoint.span.attributes-at-start}), or else the environment variable of the same
 * name in capitals with underscores ({@code TOUCHPOINT_SPAN_ATTRIBUTES_AT_START}).
 */
public final class Settings {

  private Settings() {}

  /** The setting's value, or null when neither the property nor the variable is set. */
  public static String get(String property) {
    return get(property, property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT));
  }

  /** The same, for a setting read often: the variable's name given, not derived again each time. */
  static String get(String property, String variable) {
    String value = System.getProperty(property);
    return value != null ? value : System.getenv(variable);
  }

  /** Whether the setting is {@code true}, ignoring case; anything else, or nothing, is false. */
  public static boolean isEnabled(String property) {
    return Boolean.parseBoolean(get(property));
  }
}
