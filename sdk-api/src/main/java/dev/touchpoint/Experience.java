package dev.touchpoint;

import dev.touchpoint.runtime.Arguments;
import dev.touchpoint.runtime.Decorators;
import dev.touchpoint.runtime.EndCustomer;
import dev.touchpoint.runtime.EndCustomerContext;
import dev.touchpoint.runtime.InboundCustomers;
import dev.touchpoint.runtime.Pseudonyms;
import dev.touchpoint.runtime.TouchpointRuntime;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.Optional;

/**
 * The front door to Touchpoint: say which customer a request ultimately serves, and run code that
 * is not one annotated method as a touchpoint.
 *
 * <pre>{@code
 * try (ServingScope scope = Experience.serving(Customer.external("shopper"))) {
 *   checkout.placeOrder(cart);   // every touchpoint inside reports the shopper as end customer
 * }
 *
 * static final TouchpointDefinition RECONCILE =
 *     Experience.touchpoint("ledger.reconcile", CustomerKind.INTERNAL).customer("finance").build();
 * RECONCILE.run(() -> ledger.reconcile(day));
 * }</pre>
 */
public final class Experience {

  private Experience() {}

  /**
   * Makes {@code customer} the end customer of everything run inside the returned scope: every
   * touchpoint span reports it as {@code cx.end_customer.*}. It lives in the OpenTelemetry
   * {@link Context}, so it follows the Context to other threads wherever the Context is propagated
   * (for example {@code Context.current().wrap(executor)}), and in its W3C Baggage
   * ({@code cx.customer.kind} and {@code cx.customer.segment}), so any OpenTelemetry propagation
   * carries it to the services this work calls. The customer's id reaches telemetry only as a keyed
   * pseudonym, and goes on to other services only where {@code touchpoint.pseudonym.propagate=true}
   * says that every service this one calls is a trusted peer sharing the key.
   *
   * @throws IllegalArgumentException when {@code customer} is null
   */
  public static ServingScope serving(Customer customer) {
    Arguments.requireNonNull(customer, "customer",
        "pass the customer this work ultimately serves, e.g. Customer.external(\"shopper\")");
    Scope scope = EndCustomerContext.with(Context.current(), customer).makeCurrent();
    return scope::close;
  }

  /**
   * The end customer of the current {@link Context}: an enclosing {@link #serving} scope's, or one
   * the calling service sent in baggage and the {@link InboundCustomerPolicy} accepts. Never with an id.
   */
  public static Optional<Customer> endCustomer() {
    return Optional.ofNullable(EndCustomerContext.fromContextOrNull(Context.current())).map(EndCustomer::asCustomer);
  }

  /**
   * Marks the work inside the returned scope as done for a trusted peer (a service the application
   * authenticated, say by mutual TLS), whose baggage may claim INTERNAL and PARTNER end customers
   * and carry the customer's pseudonym. The claim as received is judged again, as the trusted
   * peer's: what was refused from an unknown caller may count now.
   *
   * <pre>{@code
   * try (ServingScope trusted = Experience.fromTrustedPeer()) { handle(request); }
   * }</pre>
   */
  public static ServingScope fromTrustedPeer() {
    Scope scope = EndCustomerContext.fromTrustedPeer(Context.current()).makeCurrent();
    return scope::close;
  }

  /**
   * Runs what is inside the returned scope without end-customer baggage, for calls to a party that
   * must not learn about the customer (a third-party API, say). Touchpoints in this process still
   * know the end customer.
   */
  public static ServingScope withoutCustomerBaggage() {
    Scope scope = EndCustomerContext.withoutCustomerBaggage(Context.current()).makeCurrent();
    return scope::close;
  }

  /** Which end-customer claims from other services this service accepts; see {@link InboundCustomerPolicy}. */
  public static void useInboundCustomerPolicy(InboundCustomerPolicy policy) {
    InboundCustomers.usePolicy(policy);
  }

  /**
   * The key customer ids are pseudonymised with (HMAC-SHA256, truncated): telemetry carries
   * {@code enduser.pseudo.id}, stable for a key, never the id. At least 32 bytes of random data
   * ({@code openssl rand -base64 32}); a shorter key is refused with one line in the log. Without a
   * key, no id at all, not even one another service sent. Also read from the
   * {@code touchpoint.pseudonym.key} system property or the {@code TOUCHPOINT_PSEUDONYM_KEY}
   * environment variable.
   */
  public static void usePseudonymKey(byte[] key) {
    Pseudonyms.useKey(key);
  }

  /**
   * Starts defining a touchpoint that runs a block of code (a lambda, part of a method) rather
   * than one annotated method. Build it once, keep it in a constant and call it many times.
   *
   * @param name a stable name, such as {@code "ledger.reconcile"}
   * @param serves who the customer is: there is no default
   * @throws IllegalArgumentException when the name is blank or {@code serves} is null
   */
  public static TouchpointDefinition.Builder touchpoint(String name, CustomerKind serves) {
    return new TouchpointDefinition.Builder(name, serves);
  }

  /** Defines a recovery path in code, as {@link Recovery} declares one on a method. */
  public static RecoveryDefinition recovery(String name) {
    return new RecoveryDefinition(name);
  }

  /** Defines a control in code, as {@link Control} declares one on a method. */
  public static ControlDefinition control(String name) {
    return new ControlDefinition(name);
  }

  /**
   * Records a survey or review score, a lag indicator, as {@code cx.feedback.score} and, when a
   * span is current, as a {@code cx.feedback} event on it.
   *
   * <pre>{@code
   * Experience.feedback(Feedback.csat(4).forJourney("checkout"));
   * }</pre>
   *
   * @throws IllegalArgumentException when the feedback does not say which journey or touchpoint it is about
   */
  public static void feedback(Feedback feedback) {
    Arguments.requireNonNull(feedback, "feedback", "pass e.g. Feedback.csat(4).forJourney(\"checkout\")");
    TouchpointRuntime.recordFeedback(feedback.scale().name(), feedback.score(), feedback.about());
  }

  /**
   * Wraps {@code delegate} in the decorator the annotation processor generated for the interface
   * {@code type}: its {@link Touchpoint} methods run as touchpoints, every other method is passed
   * straight through. The same as {@code new CheckoutTouchpoints(delegate)}, for code that only
   * knows the interface.
   *
   * <pre>{@code
   * Checkout checkout = Experience.decorate(Checkout.class, new DefaultCheckout(payments));
   * }</pre>
   *
   * @throws IllegalArgumentException when no decorator was generated for {@code type}
   */
  public static <T> T decorate(Class<T> type, T delegate) {
    return Decorators.decorate(type, delegate);
  }

  /**
   * Records every touchpoint into {@code openTelemetry} instead of {@link GlobalOpenTelemetry};
   * useful when the application keeps its SDK in a dependency-injection container.
   */
  public static void useOpenTelemetry(OpenTelemetry openTelemetry) {
    TouchpointRuntime.useOpenTelemetry(openTelemetry);
  }

  /** Records every touchpoint into {@link GlobalOpenTelemetry}, the default. */
  public static void useGlobalOpenTelemetry() {
    TouchpointRuntime.useGlobalOpenTelemetry();
  }
}
