package dev.touchpoint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A named, measurable commitment made to the customer at a touchpoint. Declared on a package or a
 * type, a promise applies to every touchpoint inside it; declared on a method, to that touchpoint.
 * A call keeps a promise when it finishes within the bound (if there is one), ends without an
 * exception the promise does not tolerate, and needs no {@link Recovery}. See
 * {@code docs/promises.md}.
 *
 * <pre>{@code
 * @BrandPromise(value = "fast", within = "300ms", objective = "99.5%")
 * @BrandPromise(value = "right-first-time", tolerates = OutOfStock.class)
 * public class Checkout { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(BrandPromises.class)
public @interface BrandPromise {

  /** The promise's name, such as {@code "fast"} or {@code "right-first-time"}. */
  String value();

  /**
   * An optional latency bound: a whole number followed by {@code ms}, {@code s}, {@code m} or
   * {@code h}, such as {@code "300ms"}, {@code "2s"} or {@code "1m"}. Empty means no time bound.
   */
  String within() default "";

  /**
   * Exceptions that are expected business outcomes rather than failures of this promise, such as
   * "out of stock": a call that ends with one of them (or a subclass) still keeps the promise.
   */
  Class<? extends Throwable>[] tolerates() default {};

  /**
   * An optional objective: the share of calls that must keep this promise, as a percentage above 0
   * and below 100, such as {@code "99.5%"}. It becomes the promise's service-level objective
   * ({@code docs/slo.md}); empty means the build's default. Like the bound, the nearest level that
   * states one wins.
   */
  String objective() default "";
}
