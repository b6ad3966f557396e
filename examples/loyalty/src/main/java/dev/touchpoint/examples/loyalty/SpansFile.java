package dev.touchpoint.examples.loyalty;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends each span to a file as one JSON object per line: ids, parent, kind, name and attributes.
 * For the example's tests, which check whole trace trees of the running jar; a deployment exports
 * to a tracing backend instead.
 */
final class SpansFile implements SpanExporter {

  private final Writer out;

  SpansFile(Path file) throws IOException {
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  @Override
  public synchronized CompletableResultCode export(Collection<SpanData> spans) {
    try {
      for (SpanData span : spans) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("traceId", span.getTraceId());
        line.put("spanId", span.getSpanId());
        line.put("parentSpanId", span.getParentSpanId());
        line.put("kind", span.getKind().name());
        line.put("name", span.getName());
        Map<String, String> attributes = new LinkedHashMap<>();
        span.getAttributes().forEach((key, value) -> attributes.put(key.getKey(), String.valueOf(value)));
        line.put("attributes", attributes);
        out.write(JsonMapper.shared().writeValueAsString(line));
        out.write('\n');
      }
      out.flush();
      return CompletableResultCode.ofSuccess();
    } catch (IOException | UncheckedIOException failed) {
      return CompletableResultCode.ofFailure();
    }
  }

  @Override
  public CompletableResultCode flush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public synchronized CompletableResultCode shutdown() {
    try {
      out.close();
      return CompletableResultCode.ofSuccess();
    } catch (IOException failed) {
      return CompletableResultCode.ofFailure();
    }
  }
}
