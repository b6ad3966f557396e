package dev.touchpoint.runtime;

import dev.touchpoint.declaration.SupportedOpenTelemetryApi;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;

/**
 * What the runtime records into, resolved once and swapped whole: a tracer and the metrics, either
 * of which may be a no-op, or nothing at all when no OpenTelemetry SDK is installed, so that the
 * per-call check is a single field read.
 */
final class TelemetryBinding {

  static final String INSTRUMENTATION_SCOPE = "dev.touchpoint";

  /**
   * Give spans their {@code cx.*} attributes when they start, where a sampler sees them, rather than
   * once the sampler decided to record. Off by default: OpenTelemetry's SDK copies start attributes
   * into a map even for a span it then drops, which costs an unsampled call about as much as the
   * rest of it. Turn it on when a sampler decides by customer, journey or touchpoint attributes.
   */
  static final String ATTRIBUTES_AT_START = "touchpoint.span.attributes-at-start";

  /** Nothing installed yet; the runtime looks again for a global SDK now and then. */
  static final TelemetryBinding PENDING = new TelemetryBinding(null, null, null, false, false, "nothing yet");

  /** The application's OpenTelemetry API is older than the runtime supports: nothing is ever recorded. */
  static final TelemetryBinding UNSUPPORTED_API = new TelemetryBinding(null, null, null, false, true,
      "nothing: the OpenTelemetry API is older than " + SupportedOpenTelemetryApi.OLDEST);

  /** Null when calls record nothing; a no-op tracer when only metrics are recorded. */
  final Tracer tracer;
  /** Null when no metrics are recorded. */
  final CxMetrics metrics;
  /** Whether {@value #ATTRIBUTES_AT_START} was set when this binding was made. */
  final boolean attributesAtStart;
  /** Whether this binding is final until the application changes it: no need to look again. */
  final boolean settled;
  /** Where telemetry goes, in words, for the log. */
  final String description;
  /** The instance this binding records into; null for none. */
  final OpenTelemetry source;

  private TelemetryBinding(OpenTelemetry source, Tracer tracer, CxMetrics metrics, boolean attributesAtStart,
      boolean settled, String description) {
    this.source = source;
    this.tracer = tracer;
    this.metrics = metrics;
    this.attributesAtStart = attributesAtStart;
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
    MeterProvider meters = openTelemetry.getMeterProvider();
    boolean tracing = tracers != TracerProvider.noop();
    boolean measuring = meters != MeterProvider.noop();
    if (!tracing && !measuring) {
      return new TelemetryBinding(openTelemetry, null, null, false, settled,
          description + " (a no-op: nothing is recorded)");
    }
    String version = TelemetryBinding.class.getPackage().getImplementationVersion();
    var tracer = tracers.tracerBuilder(INSTRUMENTATION_SCOPE);
    var meter = meters.meterBuilder(INSTRUMENTATION_SCOPE);
    if (version != null) {
      tracer.setInstrumentationVersion(version);
      meter.setInstrumentationVersion(version);
    }
    return new TelemetryBinding(openTelemetry, tracer.build(), measuring ? CxMetrics.on(meter.build()) : null,
        Settings.isEnabled(ATTRIBUTES_AT_START), settled, description);
  }

  boolean records() {
    return tracer != null;
  }
}
