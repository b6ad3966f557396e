package dev.touchpoint.agent.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A span as the OpenTelemetry Java agent exports it with {@code otel.traces.exporter=logging-otlp}:
 * OTLP JSON, one resource's spans per log line, with parent ids.
 */
record OtlpJsonSpan(String name, String traceId, String spanId, String parentSpanId, int kind,
    String scope, Map<String, String> attributes) {

  static final int SERVER = 2;
  static final int CLIENT = 3;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static List<OtlpJsonSpan> parse(String output) {
    List<OtlpJsonSpan> spans = new ArrayList<>();
    for (String line : output.lines().toList()) {
      int start = line.indexOf("OtlpJsonLoggingSpanExporter - {");
      if (start < 0) {
        continue;
      }
      JsonNode logged = JSON.readTree(line.substring(line.indexOf('{', start)));
      // Older agents log a whole request ({"resourceSpans":[...]}), newer ones one resource.
      Iterable<JsonNode> resources = logged.has("resourceSpans") ? logged.path("resourceSpans") : List.of(logged);
      for (JsonNode resource : resources) {
        for (JsonNode scope : resource.path("scopeSpans")) {
          for (JsonNode span : scope.path("spans")) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (JsonNode attribute : span.path("attributes")) {
              JsonNode value = attribute.path("value");
              attributes.put(attribute.path("key").asString(),
                  value.has("stringValue") ? value.path("stringValue").asString() : value.toString());
            }
            spans.add(new OtlpJsonSpan(span.path("name").asString(), span.path("traceId").asString(),
                span.path("spanId").asString(), span.path("parentSpanId").asString(""),
                span.path("kind").asInt(), scope.path("scope").path("name").asString(), attributes));
          }
        }
      }
    }
    return spans;
  }
}
