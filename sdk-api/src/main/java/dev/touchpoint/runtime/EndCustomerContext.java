package dev.touchpoint.runtime;

import dev.touchpoint.Customer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;

/**
 * Where the end customer lives: in the OpenTelemetry {@link Context}, so it follows the Context
 * across threads wherever the Context is propagated, and nowhere else.
 */
public final class EndCustomerContext {

  private static final ContextKey<Customer> END_CUSTOMER = ContextKey.named("touchpoint-end-customer");

  private EndCustomerContext() {}

  /** A copy of {@code context} whose end customer is {@code customer}. */
  public static Context with(Context context, Customer customer) {
    return context.with(END_CUSTOMER, customer);
  }

  /** The end customer held by {@code context}, or null when there is none. */
  public static Customer fromContextOrNull(Context context) {
    return context.get(END_CUSTOMER);
  }
}
