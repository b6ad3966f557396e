package dev.touchpoint.runtime;

import dev.touchpoint.Customer;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;

/**
 * Where the end customer lives: in the OpenTelemetry {@link Context}, so it follows the Context
 * across threads wherever it is propagated, and in its W3C Baggage, so any propagator carries it
 * to other services. A local {@code Experience.serving} scope wins over baggage from outside.
 */
public final class EndCustomerContext {

  private static final ContextKey<EndCustomer> END_CUSTOMER = ContextKey.named("touchpoint-end-customer");
  private static final ContextKey<Boolean> TRUSTED_PEER = ContextKey.named("touchpoint-trusted-peer");

  private EndCustomerContext() {}

  /** A copy of {@code context} whose end customer is {@code customer}, in baggage too (its id only as a pseudonym). */
  public static Context with(Context context, Customer customer) {
    EndCustomer end = EndCustomer.of(customer);
    return context.with(END_CUSTOMER, end).with(CustomerBaggage.with(Baggage.fromContext(context), end));
  }

  /** The end customer of {@code context}: a local scope's, or one inbound baggage may claim; null for none. */
  public static EndCustomer fromContextOrNull(Context context) {
    EndCustomer local = context.get(END_CUSTOMER);
    if (local != null) {
      return local;
    }
    Baggage baggage = Baggage.fromContextOrNull(context);
    if (baggage == null || baggage.isEmpty()) {
      return null;
    }
    return InboundCustomers.resolve(baggage, Boolean.TRUE.equals(context.get(TRUSTED_PEER)));
  }

  /** A copy of {@code context} that says the request came from a trusted peer. */
  public static Context fromTrustedPeer(Context context) {
    return context.with(TRUSTED_PEER, Boolean.TRUE);
  }

  /** A copy of {@code context} whose baggage carries no end-customer entries; in-process scopes stay. */
  public static Context withoutCustomerBaggage(Context context) {
    Baggage baggage = Baggage.fromContextOrNull(context);
    return baggage == null ? context : context.with(CustomerBaggage.without(baggage));
  }
}
