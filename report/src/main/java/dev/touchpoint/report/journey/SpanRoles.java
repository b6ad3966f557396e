package dev.touchpoint.report.journey;

import dev.touchpoint.CxAttributes;
import dev.touchpoint.report.trace.TraceSpan;

/** What a span is to Touchpoint, read from its {@code cx.*} attributes (docs/semantic-conventions.md). */
public final class SpanRoles {

  public static final String TOUCHPOINT = CxAttributes.TOUCHPOINT.getKey();
  public static final String JOURNEY = CxAttributes.JOURNEY.getKey();
  public static final String RECOVERY = CxAttributes.RECOVERY.getKey();
  public static final String CONTROL = CxAttributes.CONTROL.getKey();
  public static final String CUSTOMER_KIND = CxAttributes.CUSTOMER_KIND.getKey();
  public static final String CUSTOMER_SEGMENT = CxAttributes.CUSTOMER_SEGMENT.getKey();
  public static final String END_CUSTOMER_KIND = CxAttributes.END_CUSTOMER_KIND.getKey();
  public static final String END_CUSTOMER_SEGMENT = CxAttributes.END_CUSTOMER_SEGMENT.getKey();
  public static final String OWNER = CxAttributes.OWNER.getKey();
  public static final String PROMISES = CxAttributes.PROMISES.getKey();
  public static final String PROMISE_KEPT = CxAttributes.PROMISE_KEPT.getKey();
  public static final String PROMISE_BROKEN = CxAttributes.PROMISE_BROKEN.getKey();
  public static final String CONTROL_TIME_SHARE = CxAttributes.CONTROL_TIME_SHARE.getKey();

  private SpanRoles() {}

  public static boolean isTouchpoint(TraceSpan span) {
    return span.has(TOUCHPOINT) && !span.has(RECOVERY);
  }

  public static boolean isRecovery(TraceSpan span) {
    return span.has(RECOVERY);
  }

  /** Whether the call broke a promise: {@code cx.promise.broken} names one, or {@code cx.promise.kept} is false. */
  public static boolean brokePromise(TraceSpan span) {
    return !span.texts(PROMISE_BROKEN).isEmpty() || "false".equals(span.text(PROMISE_KEPT));
  }

  /** Whether the span carries any of Touchpoint's attributes. */
  public static boolean hasCxAttributes(TraceSpan span) {
    return span.attributes().keySet().stream().anyMatch(key -> key.startsWith("cx."));
  }
}
