package dev.touchpoint.spring.inbound;

import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import reactor.util.context.ContextView;

/**
 * The request's own observation in a WebFlux application, which Spring keeps in the Reactor
 * context rather than on a thread. Opening its scope makes the request's span the current
 * OpenTelemetry span (Spring Boot's tracing does that on scope opening), so touchpoints become its
 * children instead of starting traces of their own. Only used when Micrometer's observation API is
 * on the class path.
 */
final class ServerObservation {

  /** An open scope, closed without checked exceptions. */
  interface Opened extends AutoCloseable {
    Opened NONE = () -> {};

    @Override
    void close();
  }

  private ServerObservation() {}

  /** Opens the request's observation scope; a scope that does nothing when there is none. */
  static Opened open(ContextView reactor) {
    Observation observation = reactor.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
    if (observation == null || observation.isNoop()) {
      return Opened.NONE;
    }
    Observation.Scope scope = observation.openScope();
    return scope::close;
  }
}
