package dev.touchpoint.runtime;

import dev.touchpoint.Customer;
import dev.touchpoint.runtime.InboundCustomers.Admission;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import java.util.Objects;

/**
 * Where the end customer lives: in the OpenTelemetry {@link Context}, so it follows the Context
 * across threads wherever it is propagated, and in its W3C Baggage, so any propagator carries it
 * to other services. A local {@code Experience.serving} scope wins over baggage from outside.
 *
 * <p>Baggage from outside is admitted before anything in the service relies on it or sends it on
 * ({@link #admitted}): what the service refuses is removed from the baggage, and what it admits
 * goes on as admitted. The claim as received is kept beside it in the Context (never propagated),
 * so that a caller the application marks as trusted afterwards is judged again, as trusted.
 */
public final class EndCustomerContext {

  private static final ContextKey<EndCustomer> END_CUSTOMER = ContextKey.named("touchpoint-end-customer");
  private static final ContextKey<Boolean> TRUSTED_PEER = ContextKey.named("touchpoint-trusted-peer");
  private static final ContextKey<Admission> ADMITTED = ContextKey.named("touchpoint-admitted-customer");

  private EndCustomerContext() {}

  /**
   * A copy of {@code context} whose end customer is {@code customer}, in baggage too: its kind and
   * segment, and its id's pseudonym only when this service sends pseudonyms on.
   */
  public static Context with(Context context, Customer customer) {
    EndCustomer end = EndCustomer.of(customer);
    return context.with(END_CUSTOMER, end)
        .with(CustomerBaggage.with(Baggage.fromContext(context), end, Pseudonyms.propagated()));
  }

  /** The end customer of {@code context}: a local scope's, or the one admitted from inbound baggage; null for none. */
  public static EndCustomer fromContextOrNull(Context context) {
    EndCustomer local = context.get(END_CUSTOMER);
    if (local != null) {
      return local;
    }
    Baggage baggage = Baggage.fromContextOrNull(context);
    if (baggage == null) {
      return null;
    }
    Admission done = context.get(ADMITTED);
    if (done != null && covers(done, baggage)) {
      return done.customer();
    }
    return CustomerBaggage.hasCustomerEntries(baggage) ? InboundCustomers.admit(baggage, isTrusted(context)).customer() : null;
  }

  /**
   * {@code context} with its baggage admitted: the end customer's entries the service accepts, and
   * nothing it refused. The same context when there is nothing to admit (no baggage, a local scope,
   * or baggage admitted already). Every touchpoint starts in such a context, so nothing refused
   * leaves the service from inside a touchpoint.
   */
  public static Context admitted(Context context) {
    Baggage baggage = Baggage.fromContextOrNull(context);
    if (baggage == null || context.get(END_CUSTOMER) != null) {
      return context;
    }
    Admission done = context.get(ADMITTED);
    if (done != null && covers(done, baggage) || !CustomerBaggage.hasCustomerEntries(baggage)) {
      return context;
    }
    Admission admission = InboundCustomers.admit(baggage, isTrusted(context));
    return context.with(admission.onward()).with(ADMITTED, admission);
  }

  /**
   * {@link #admitted} for the edge of the service, where a failure must not let anything through:
   * on a failure of the runtime's own, the baggage goes on without the end customer's entries.
   * Never throws.
   */
  public static Context admittedAtEdge(Context context) {
    try {
      return admitted(context);
    } catch (Throwable problem) {
      return withoutCustomerBaggage(context);
    }
  }

  /**
   * A copy of {@code context} that says the request came from a trusted peer, with its baggage
   * admitted again as the trusted peer's: what was refused from an unknown caller may now count.
   */
  public static Context fromTrustedPeer(Context context) {
    Context trusted = context.with(TRUSTED_PEER, Boolean.TRUE);
    Baggage baggage = Baggage.fromContextOrNull(context);
    Admission done = context.get(ADMITTED);
    Baggage received = done != null && baggage != null && covers(done, baggage) ? done.inbound() : baggage;
    if (received == null || context.get(END_CUSTOMER) != null || !CustomerBaggage.hasCustomerEntries(received)) {
      return trusted;
    }
    Admission admission = InboundCustomers.admit(received, true);
    return trusted.with(admission.onward()).with(ADMITTED, admission);
  }

  /** A copy of {@code context} whose baggage carries no end-customer entries; in-process scopes stay. */
  public static Context withoutCustomerBaggage(Context context) {
    Baggage baggage = Baggage.fromContextOrNull(context);
    return baggage == null ? context : context.with(CustomerBaggage.without(baggage));
  }

  private static boolean isTrusted(Context context) {
    return Boolean.TRUE.equals(context.get(TRUSTED_PEER));
  }

  /**
   * Whether {@code baggage} carries what {@code done} admitted: the same baggage, or one the
   * application derived from it with the end customer's entries untouched.
   */
  private static boolean covers(Admission done, Baggage baggage) {
    Baggage onward = done.onward();
    return baggage == onward
        || Objects.equals(baggage.getEntryValue(CustomerBaggage.KIND), onward.getEntryValue(CustomerBaggage.KIND))
            && Objects.equals(baggage.getEntryValue(CustomerBaggage.SEGMENT), onward.getEntryValue(CustomerBaggage.SEGMENT))
            && Objects.equals(baggage.getEntryValue(CustomerBaggage.PSEUDONYM), onward.getEntryValue(CustomerBaggage.PSEUDONYM));
  }
}
