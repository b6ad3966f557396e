package dev.touchpoint.runtime;

import io.opentelemetry.api.GlobalOpenTelemetry;

/** The version of the OpenTelemetry API the application runs with, as its jar's manifest names it. */
final class OpenTelemetryApiVersion {

  private OpenTelemetryApiVersion() {}

  /** The application's API version, or null when its jar does not say (a repackaged API). */
  static String found() {
    Package api = GlobalOpenTelemetry.class.getPackage();
    return api == null ? null : api.getImplementationVersion();
  }
}
