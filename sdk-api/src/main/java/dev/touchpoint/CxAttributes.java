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

  /** On a recovery span: the name of the recovery path, such as {@code "payments.retry"}. */
  public static final AttributeKey<String> RECOVERY = stringKey("cx.recovery");

  private CxAttributes() {}
}
