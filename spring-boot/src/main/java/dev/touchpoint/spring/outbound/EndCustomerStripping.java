package dev.touchpoint.spring.outbound;

import dev.touchpoint.runtime.CustomerBaggage;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.List;
import org.springframework.http.HttpHeaders;

/**
 * Takes the end customer out of a call's {@code baggage} header before it leaves for a host that
 * is not trusted. Spring's own tracing writes the header before a client's interceptors run, so the
 * header itself is rewritten: parsed and written again by OpenTelemetry's W3C propagator, without the
 * {@code cx.*} and {@code enduser.pseudo.id} entries and with every other entry as it was.
 */
final class EndCustomerStripping {

  static final String BAGGAGE = "baggage";

  private static final TextMapGetter<List<String>> VALUES = new TextMapGetter<>() {
    @Override
    public Iterable<String> keys(List<String> values) {
      return List.of(BAGGAGE);
    }

    @Override
    public String get(List<String> values, String name) {
      return values == null || values.isEmpty() ? null : String.join(",", values);
    }
  };

  private static final TextMapSetter<HttpHeaders> SET = (headers, name, value) -> headers.set(name, value);

  private EndCustomerStripping() {}

  /** Removes the end customer's entries from {@code headers}' baggage; the header goes when nothing is left. */
  static void strip(HttpHeaders headers) {
    List<String> values = headers.get(BAGGAGE);
    if (values == null || values.isEmpty()) {
      return;
    }
    Baggage sent = Baggage.fromContext(W3CBaggagePropagator.getInstance().extract(Context.root(), values, VALUES));
    if (!CustomerBaggage.hasCustomerEntries(sent)) {
      return;
    }
    Baggage kept = CustomerBaggage.without(sent);
    headers.remove(BAGGAGE);
    if (!kept.isEmpty()) {
      W3CBaggagePropagator.getInstance().inject(Context.root().with(kept), headers, SET);
    }
  }
}
