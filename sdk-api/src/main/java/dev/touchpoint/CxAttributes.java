package dev.touchpoint;

import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;

import io.opentelemetry.api.common.AttributeKey;
import java.util.List;

/**
 * The {@code cx.*} span attributes Touchpoint writes. They are a public contract: dashboards,
 * alerts and samplers key on these names. See {@code docs/semantic-conventions.md}.
 */
public final class CxAttributes {

  /** The touchpoint's stable name, such as {@code "checkout.place-order"}. */
  public static final AttributeKey<String> TOUCHPOINT = stringKey("cx.touchpoint");

  /** Whom the touchpoint serves: {@code "external"}, {@code "internal"} or {@code "partner"}. */
  public static final AttributeKey<String> CUSTOMER_KIND = stringKey("cx.customer.kind");

  /** The segment or team served, such as {@code "shopper"} or {@code "finance"}. */
  public static final AttributeKey<String> CUSTOMER_SEGMENT = stringKey("cx.customer.segment");

  /** The journey the touchpoint belongs to, such as {@code "checkout"}. */
  public static final AttributeKey<String> JOURNEY = stringKey("cx.journey");

  /** The team that answers for the experience at the touchpoint. */
  public static final AttributeKey<String> OWNER = stringKey("cx.owner");

  /** The names of the brand promises in force at the touchpoint. */
  public static final AttributeKey<List<String>> PROMISES = stringArrayKey("cx.promises");

  /** The kind of the customer the whole request ultimately serves. */
  public static final AttributeKey<String> END_CUSTOMER_KIND = stringKey("cx.end_customer.kind");

  /** The segment of the customer the whole request ultimately serves. */
  public static final AttributeKey<String> END_CUSTOMER_SEGMENT =
      stringKey("cx.end_customer.segment");

  /**
   * OpenTelemetry's {@code enduser.pseudo.id}: the keyed pseudonym of the end customer's id, never
   * the id itself; absent when the customer has no id or the service configured no key.
   */
  public static final AttributeKey<String> ENDUSER_PSEUDO_ID = stringKey("enduser.pseudo.id");

  /** On a recovery span, and on the {@code cx.recoveries} counter: the recovery path's name. */
  public static final AttributeKey<String> RECOVERY = stringKey("cx.recovery");

  /** Whether the call kept every promise in force. */
  public static final AttributeKey<Boolean> PROMISE_KEPT = AttributeKey.booleanKey("cx.promise.kept");

  /** The names of the promises the call broke; absent when it kept them all. */
  public static final AttributeKey<List<String>> PROMISE_BROKEN = stringArrayKey("cx.promise.broken");

  /** On the outermost touchpoint of a journey: no touchpoint of it broke a promise and no recovery ran. */
  public static final AttributeKey<Boolean> JOURNEY_FIRST_TIME_RIGHT =
      AttributeKey.booleanKey("cx.journey.first_time_right");

  /** On a control span, and on the {@code cx.control.duration} histogram: the control's name. */
  public static final AttributeKey<String> CONTROL = stringKey("cx.control");

  /** The share of the touchpoint's duration spent in controls, from 0 to 1. */
  public static final AttributeKey<Double> CONTROL_TIME_SHARE = AttributeKey.doubleKey("cx.control.time_share");

  /** On {@code cx.promise.outcomes}: the promise's name. */
  public static final AttributeKey<String> PROMISE = stringKey("cx.promise");

  /** On {@code cx.promise.outcomes}: {@code "kept"} or {@code "broken"}. */
  public static final AttributeKey<String> PROMISE_OUTCOME = stringKey("cx.promise.outcome");

  /** On {@code cx.feedback.score} and the feedback event: the scale, such as {@code "csat"} or {@code "nps"}. */
  public static final AttributeKey<String> FEEDBACK_SCALE = stringKey("cx.feedback.scale");

  /** On the feedback event: the score given. */
  public static final AttributeKey<Double> FEEDBACK_SCORE = AttributeKey.doubleKey("cx.feedback.score");

  private CxAttributes() {}
}
