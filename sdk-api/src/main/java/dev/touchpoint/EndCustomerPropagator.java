package dev.touchpoint;

import dev.touchpoint.runtime.Arguments;
import dev.touchpoint.runtime.EndCustomerContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.Collection;

/**
 * Admits the end customer at the edge of the service. Wrap the propagators the service already uses
 * (W3C Baggage among them). Inbound baggage is then admitted as it is extracted, before any
 * application code runs. Outbound baggage is admitted again as it is injected. Nothing the service
 * refuses reaches the next hop, whichever code makes the call, inside a touchpoint or not.
 *
 * <pre>{@code
 * ContextPropagators propagators = ContextPropagators.create(EndCustomerPropagator.wrapping(
 *     TextMapPropagator.composite(W3CTraceContextPropagator.getInstance(), W3CBaggagePropagator.getInstance())));
 * }</pre>
 *
 * <p>Without it, every touchpoint still starts from admitted baggage, so what is sent from inside a
 * touchpoint is clean either way. A caller is trusted only once the application says so with
 * {@link Experience#fromTrustedPeer()}, after extraction: the claim as received is kept aside, never
 * propagated, and judged again then. Never throws: on a failure of its own, the baggage goes on
 * without the end customer's entries.
 */
public final class EndCustomerPropagator implements TextMapPropagator {

  private final TextMapPropagator propagators;

  private EndCustomerPropagator(TextMapPropagator propagators) {
    this.propagators = propagators;
  }

  /** {@code propagators}, admitting the end customer on the way in and on the way out. */
  public static TextMapPropagator wrapping(TextMapPropagator propagators) {
    Arguments.requireNonNull(propagators, "propagators",
        "pass the service's propagators, e.g. W3CBaggagePropagator.getInstance()");
    return propagators instanceof EndCustomerPropagator ? propagators : new EndCustomerPropagator(propagators);
  }

  @Override
  public Collection<String> fields() {
    return propagators.fields();
  }

  @Override
  public <C> void inject(Context context, C carrier, TextMapSetter<C> setter) {
    propagators.inject(EndCustomerContext.admittedAtEdge(context), carrier, setter);
  }

  @Override
  public <C> Context extract(Context context, C carrier, TextMapGetter<C> getter) {
    return EndCustomerContext.admittedAtEdge(propagators.extract(context, carrier, getter));
  }

  @Override
  public String toString() {
    return "EndCustomerPropagator{" + propagators + "}";
  }
}
