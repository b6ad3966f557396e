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
 *
 * <pre>{@code
 * @BrandPromise(value = "fast", within = "300ms")
 * @BrandPromise("right-first-time")
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
}
