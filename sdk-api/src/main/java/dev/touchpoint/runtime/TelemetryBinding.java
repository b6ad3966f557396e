package dev.touchpoint.runtime;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;

/**
 * What the runtime records into, resolved once and swapped whole: the tracer, or none at all when
 * no OpenTelemetry SDK is installed, so that the per-call check is a single field read.
 */
final class TelemetryBinding {

  static final String INSTRUMENTATION_SCOPE = "dev.touchpoint";

  /** Nothing installed yet; the runtime looks again for a global SDK now and then. */
  static final TelemetryBinding PENDING = new TelemetryBinding(null, false, "nothing yet");

  /** Null when calls record nothing. */
  final Tracer tracer;
  /** Whether this binding is final until the application changes it: no need to look again. */
  final boolean settled;
  /** Where spans go, in words, for the log. */
  final String description;

  private TelemetryBinding(Tracer tracer, boolean settled, String description) {
    this.tracer = tracer;
    this.settled = settled;
    this.description = description;
  }

  static TelemetryBinding to(OpenTelemetry openTelemetry, String description) {
    return bind(openTelemetry, description, true);
  }

  /** A binding used only until a global instance appears: the runtime keeps looking for one. */
  static TelemetryBinding fallbackTo(OpenTelemetry openTelemetry, String description) {
    return bind(openTelemetry, description, false);
  }

  private static TelemetryBinding bind(OpenTelemetry openTelemetry, String description, boolean settled) {
    TracerProvider tracers = openTelemetry.getTracerProvider();
    if (tracers == TracerProvider.noop()) {
      return new TelemetryBinding(null, settled, description + " (a no-op: nothing is recorded)");
    }
    var builder = tracers.tracerBuilder(INSTRUMENTATION_SCOPE);
    String version = TelemetryBinding.class.getPackage().getImplementationVersion();
    if (version != null) {
      builder.setInstrumentationVersion(version);
    }
    return new TelemetryBinding(builder.build(), settled, description);
  }

  boolean records() {
    return tracer != null;
  }
}
