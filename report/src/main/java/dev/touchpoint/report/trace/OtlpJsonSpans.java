package dev.touchpoint.report.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * OTLP JSON, as the OpenTelemetry Collector's file exporter and the SDK's OTLP JSON exporters
 * write it: one object a line, each an export request ({@code resourceSpans}) or a single
 * {@code ResourceSpans}. Ids are hex, times nanoseconds (as text or numbers), attributes typed.
 */
public final class OtlpJsonSpans {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private OtlpJsonSpans() {}

  public static SpanReading read(String where, String json) {
    List<TraceSpan> spans = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (MappingIterator<JsonNode> objects = JSON.readerFor(JsonNode.class).readValues(json)) {
      while (objects.hasNext()) {
        JsonNode object = objects.next();
        if (object.has("resourceSpans")) {
          object.get("resourceSpans").forEach(resource -> readResource(resource, spans));
        } else if (object.has("scopeSpans")) {
          readResource(object, spans);
        } else {
          problems.add(where + ": an object that is neither an OTLP export request nor ResourceSpans is skipped");
        }
      }
    } catch (JacksonException notJson) {
      problems.add(where + ": not OTLP JSON from line " + notJson.getLocation().getLineNr() + " on ("
          + notJson.getOriginalMessage() + "); the spans before it are read");
    }
    return new SpanReading(spans, problems);
  }

  private static void readResource(JsonNode resource, List<TraceSpan> spans) {
    String service = String.valueOf(attributes(resource.path("resource").path("attributes")).getOrDefault("service.name", ""));
    for (JsonNode scope : resource.path("scopeSpans")) {
      for (JsonNode span : scope.path("spans")) {
        String parent = span.path("parentSpanId").asString("");
        long start = nanos(span.get("startTimeUnixNano"));
        long end = nanos(span.get("endTimeUnixNano"));
        JsonNode code = span.path("status").path("code");
        boolean error = code.asInt(0) == 2 || "STATUS_CODE_ERROR".equals(code.asString(""));
        spans.add(new TraceSpan(span.path("traceId").asString(""), span.path("spanId").asString(""),
            parent.isEmpty() ? null : parent, service, span.path("name").asString(""), start, Math.max(0, end - start),
            error, attributes(span.path("attributes"))));
      }
    }
  }

  private static Map<String, Object> attributes(JsonNode list) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (JsonNode attribute : list) {
      Object value = value(attribute.path("value"));
      if (value != null) {
        attributes.put(attribute.path("key").asString(), value);
      }
    }
    return attributes;
  }

  private static Object value(JsonNode value) {
    if (value.has("stringValue")) {
      return value.get("stringValue").asString();
    }
    if (value.has("boolValue")) {
      return value.get("boolValue").asBoolean();
    }
    if (value.has("intValue")) {
      return Long.parseLong(value.get("intValue").asString());
    }
    if (value.has("doubleValue")) {
      return value.get("doubleValue").asDouble();
    }
    if (value.has("arrayValue")) {
      List<Object> values = new ArrayList<>();
      value.get("arrayValue").path("values").forEach(item -> values.add(value(item)));
      return values;
    }
    return null;
  }

  private static long nanos(JsonNode time) {
    return time == null ? 0 : Long.parseLong(time.asString("0"));
  }
}
