package dev.touchpoint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as a touchpoint: a place where a customer experiences the business. Every call
 * becomes an OpenTelemetry span that says which customer it served and which promises were in
 * force.
 *
 * <pre>{@code
 * @Touchpoint(value = "checkout.place-order", serves = CustomerKind.EXTERNAL,
 *     customer = "shopper", journey = "checkout", owner = "checkout-team")
 * @BrandPromise(value = "fast", within = "300ms")
 * public Receipt placeOrder(Cart cart) { ... }
 * }</pre>
 *
 * <p>The annotation processor generates the instrumentation at compile time; the Touchpoint agent
 * can instrument it at class-load time instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Touchpoint {

  /**
   * A stable name for the touchpoint, such as {@code "checkout.place-order"}. Dashboards and alerts
   * key on it, so keep it when the method is renamed. When empty: {@code SimpleClassName.methodName}.
   */
  String value() default "";

  /** Who is the customer of this code path? There is no default: every touchpoint must answer. */
  CustomerKind serves();

  /** The segment or team served, such as {@code "shopper"}, {@code "merchant"} or {@code "finance"}. */
  String customer() default "";

  /** The journey this touchpoint is part of, such as {@code "checkout"} or {@code "onboarding"}. */
  String journey() default "";

  /** The team that answers for the experience at this touchpoint. */
  String owner() default "";
}
