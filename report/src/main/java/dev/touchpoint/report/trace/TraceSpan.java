package dev.touchpoint.report.trace;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One span as a tracing backend holds it, whichever backend: its place in the trace, the service
 * that recorded it, when and how long, and its attributes. Zipkin keeps every attribute as text
 * (arrays joined with commas); OTLP keeps types. Both read the same here.
 *
 * @param parentId null for a trace's root, or a span whose parent is not known
 * @param startEpochNanos when it started, by the clock of the service that recorded it
 */
public record TraceSpan(String traceId, String spanId, String parentId, String service, String name,
    long startEpochNanos, long durationNanos, boolean error, Map<String, Object> attributes) {

  public TraceSpan {
    attributes = Map.copyOf(attributes);
  }

  /** The attribute as text; null when absent. */
  public String text(String key) {
    Object value = attributes.get(key);
    return value == null ? null : value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf)
        .toList()) : String.valueOf(value);
  }

  /** The attribute as a list of texts: an array, or text joined with commas as Zipkin keeps arrays. */
  public List<String> texts(String key) {
    Object value = attributes.get(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    String joined = String.valueOf(value);
    return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(String::strip).toList();
  }

  /** The attribute as a number; null when absent or not a number. */
  public Double number(String key) {
    Object value = attributes.get(key);
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    try {
      return value == null ? null : Double.valueOf(String.valueOf(value));
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  public boolean has(String key) {
    return attributes.containsKey(key);
  }
}
