package dev.touchpoint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service-recovery path: a retry, a fallback, a compensation or an apology. Recovery
 * repairs an experience that already failed; a touchpoint that needed one was not right first time.
 *
 * <pre>{@code
 * @Recovery("payment.retry")
 * Receipt retryPayment(Order order) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Recovery {

  /** The recovery's name, such as {@code "payment.retry"} or {@code "refund.apology"}. */
  String value();
}
