package dev.touchpoint.examples.shop;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A span as Zipkin's HTTP API gives it back, and the query that fetches traces of them. */
record ZipkinSpan(String traceId, String id, String parentId, String name, String service, Map<String, String> tags) {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** {@code GET /api/v2/traces?<query>}: each trace a list of its spans. */
  static List<List<ZipkinSpan>> traces(URI zipkin, String query) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(
        HttpRequest.newBuilder(zipkin.resolve("/api/v2/traces?" + query)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("Zipkin answered " + response.statusCode() + ": " + response.body());
    }
    List<List<ZipkinSpan>> traces = new ArrayList<>();
    for (JsonNode trace : JSON.readTree(response.body())) {
      List<ZipkinSpan> spans = new ArrayList<>();
      for (JsonNode span : trace) {
        Map<String, String> tags = new LinkedHashMap<>();
        span.path("tags").properties().forEach(tag -> tags.put(tag.getKey(), tag.getValue().asString()));
        spans.add(new ZipkinSpan(span.path("traceId").asString(), span.path("id").asString(),
            span.path("parentId").asString(null), span.path("name").asString(),
            span.path("localEndpoint").path("serviceName").asString(), tags));
      }
      traces.add(spans);
    }
    return traces;
  }

  String tag(String key) {
    return tags.get(key);
  }
}
