package dev.touchpoint.testkit;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;

/** The {@code cx.*} attributes the assertions read, named as docs/semantic-conventions.md names them. */
final class Spans {

  static final AttributeKey<String> TOUCHPOINT = AttributeKey.stringKey("cx.touchpoint");
  static final AttributeKey<String> CUSTOMER_KIND = AttributeKey.stringKey("cx.customer.kind");
  static final AttributeKey<String> CUSTOMER_SEGMENT = AttributeKey.stringKey("cx.customer.segment");
  static final AttributeKey<String> JOURNEY = AttributeKey.stringKey("cx.journey");
  static final AttributeKey<String> OWNER = AttributeKey.stringKey("cx.owner");
  static final AttributeKey<List<String>> PROMISES = AttributeKey.stringArrayKey("cx.promises");
  static final AttributeKey<List<String>> PROMISE_BROKEN = AttributeKey.stringArrayKey("cx.promise.broken");
  static final AttributeKey<Boolean> FIRST_TIME_RIGHT = AttributeKey.booleanKey("cx.journey.first_time_right");
  static final AttributeKey<String> END_CUSTOMER_KIND = AttributeKey.stringKey("cx.end_customer.kind");
  static final AttributeKey<String> END_CUSTOMER_SEGMENT = AttributeKey.stringKey("cx.end_customer.segment");
  static final AttributeKey<String> RECOVERY = AttributeKey.stringKey("cx.recovery");
  static final AttributeKey<String> CONTROL = AttributeKey.stringKey("cx.control");
  static final AttributeKey<String> PROMISE = AttributeKey.stringKey("cx.promise");
  static final AttributeKey<String> PROMISE_OUTCOME = AttributeKey.stringKey("cx.promise.outcome");

  private Spans() {}

  static List<SpanData> touchpoints(List<SpanData> spans, String name) {
    return spans.stream().filter(span -> name.equals(span.getAttributes().get(TOUCHPOINT))).toList();
  }

  static List<String> touchpointNames(List<SpanData> spans) {
    return spans.stream().map(span -> span.getAttributes().get(TOUCHPOINT)).filter(name -> name != null).toList();
  }

  static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }
}
