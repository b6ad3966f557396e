package dev.touchpoint.report.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Zipkin's v2 JSON, as its HTTP API answers {@code /api/v2/traces} (a list of traces, each a list
 * of spans) or {@code /api/v2/trace/{id}} (a list of spans). Zipkin keeps timestamps in
 * microseconds and every tag as text.
 */
public final class ZipkinSpans {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ZipkinSpans() {}

  public static SpanReading read(String where, String json) {
    List<TraceSpan> spans = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException notJson) {
      return new SpanReading(spans, List.of(where + ": not Zipkin's JSON (" + notJson.getOriginalMessage() + ")"));
    }
    if (!root.isArray()) {
      return new SpanReading(spans, List.of(where + ": not Zipkin's JSON (a list of traces or of spans)"));
    }
    for (JsonNode item : root) {
      if (item.isArray()) {
        item.forEach(span -> add(where, span, spans, problems));
      } else {
        add(where, item, spans, problems);
      }
    }
    return new SpanReading(spans, problems);
  }

  private static void add(String where, JsonNode span, List<TraceSpan> spans, List<String> problems) {
    String traceId = text(span, "traceId");
    String id = text(span, "id");
    if (traceId == null || id == null) {
      problems.add(where + ": a span without traceId or id is skipped");
      return;
    }
    Map<String, Object> tags = new LinkedHashMap<>();
    span.path("tags").properties().forEach(tag -> tags.put(tag.getKey(), tag.getValue().asString()));
    boolean error = tags.containsKey("error") || "ERROR".equals(tags.get("otel.status_code"));
    spans.add(new TraceSpan(traceId, id, text(span, "parentId"), span.path("localEndpoint").path("serviceName").asString(""),
        span.path("name").asString(""), TimeUnit.MICROSECONDS.toNanos(span.path("timestamp").asLong(0)),
        TimeUnit.MICROSECONDS.toNanos(span.path("duration").asLong(0)), error, tags));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asString().isEmpty() ? null : value.asString();
  }
}
