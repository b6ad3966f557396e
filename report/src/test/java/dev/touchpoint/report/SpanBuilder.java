package dev.touchpoint.report;

import dev.touchpoint.report.trace.TraceSpan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Hand-built spans, as a tracing backend would hand them back, for trace sets whose answer is known. */
final class SpanBuilder {

  private final String traceId;
  private final String spanId;
  private final String parentId;
  private final String service;
  private String name;
  private long startMillis = 1_000;
  private long durationMillis = 10;
  private boolean error;
  private final Map<String, Object> attributes = new LinkedHashMap<>();

  private SpanBuilder(String traceId, String spanId, String parentId, String service) {
    this.traceId = traceId;
    this.spanId = spanId;
    this.parentId = parentId;
    this.service = service;
    this.name = "span " + spanId;
  }

  /** A span of trace {@code traceId}, recorded by {@code service}; {@code parentId} null for a root. */
  static SpanBuilder span(String traceId, String spanId, String parentId, String service) {
    return new SpanBuilder(traceId, spanId, parentId, service);
  }

  SpanBuilder touchpoint(String touchpoint, String kind, String segment) {
    name = touchpoint;
    attributes.put("cx.touchpoint", touchpoint);
    attributes.put("cx.customer.kind", kind);
    if (segment != null) {
      attributes.put("cx.customer.segment", segment);
    }
    attributes.put("cx.promise.kept", true);
    return this;
  }

  SpanBuilder journey(String journey) {
    attributes.put("cx.journey", journey);
    return this;
  }

  SpanBuilder promises(String... promises) {
    attributes.put("cx.promises", List.of(promises));
    return this;
  }

  SpanBuilder broke(String... promises) {
    attributes.put("cx.promise.kept", false);
    attributes.put("cx.promise.broken", List.of(promises));
    return this;
  }

  SpanBuilder recovery(String recovery) {
    name = recovery;
    attributes.put("cx.recovery", recovery);
    return this;
  }

  SpanBuilder attribute(String key, Object value) {
    attributes.put(key, value);
    return this;
  }

  SpanBuilder at(long startMillis, long durationMillis) {
    this.startMillis = startMillis;
    this.durationMillis = durationMillis;
    return this;
  }

  SpanBuilder failed() {
    error = true;
    return this;
  }

  TraceSpan build() {
    return new TraceSpan(traceId, spanId, parentId, service, name, TimeUnit.MILLISECONDS.toNanos(startMillis),
        TimeUnit.MILLISECONDS.toNanos(durationMillis), error, attributes);
  }
}
