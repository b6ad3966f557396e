package dev.touchpoint.runtime;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.Collection;

/**
 * A propagator that admits the end customer as it extracts, and injects exactly what it is given.
 * For propagators that live where the application's Context keys cannot follow, such as the
 * OpenTelemetry Java agent's: there, what this copy of the runtime admitted on the way in cannot be
 * told apart on the way out from what the application itself put in (its own
 * {@code Experience.serving} customer, a trusted peer's claim), so outbound baggage is the
 * application's to decide. Inbound is what matters: what the service refuses is gone before any
 * application code runs, so nothing can send it on. Loaded by the Touchpoint agent, reflectively,
 * through {@link #wrapping}.
 */
public final class AdmittingExtractor implements TextMapPropagator {

  private final TextMapPropagator propagator;

  private AdmittingExtractor(TextMapPropagator propagator) {
    this.propagator = propagator;
  }

  /** {@code propagator}, admitting the end customer as it extracts. */
  public static TextMapPropagator wrapping(TextMapPropagator propagator) {
    return propagator instanceof AdmittingExtractor ? propagator : new AdmittingExtractor(propagator);
  }

  @Override
  public Collection<String> fields() {
    return propagator.fields();
  }

  @Override
  public <C> void inject(Context context, C carrier, TextMapSetter<C> setter) {
    propagator.inject(context, carrier, setter);
  }

  @Override
  public <C> Context extract(Context context, C carrier, TextMapGetter<C> getter) {
    return EndCustomerContext.admittedAtEdge(propagator.extract(context, carrier, getter));
  }

  @Override
  public String toString() {
    return "AdmittingExtractor{" + propagator + "}";
  }
}
