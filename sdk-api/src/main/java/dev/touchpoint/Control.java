package dev.touchpoint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a control: a process step that guards against downside risk, such as a fraud check, KYC
 * or an approval. Each call is measured, and every touchpoint it runs inside reports the share of
 * its time spent in controls ({@code cx.control.time_share}), so a team can see how much of an
 * experience is process.
 *
 * <pre>{@code
 * @Control("fraud-check")
 * Verdict screen(Order order) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Control {

  /** The control's name, such as {@code "fraud-check"} or {@code "kyc"}. */
  String value();
}
