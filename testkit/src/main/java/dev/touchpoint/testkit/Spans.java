package dev.touchpoint.testkit;

import dev.touchpoint.CxAttributes;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;

/** Finding touchpoint calls among a test's spans, by their {@code cx.touchpoint} attribute. */
final class Spans {

  private Spans() {}

  static List<SpanData> touchpoints(List<SpanData> spans, String name) {
    return spans.stream().filter(span -> name.equals(span.getAttributes().get(CxAttributes.TOUCHPOINT))).toList();
  }

  static List<String> touchpointNames(List<SpanData> spans) {
    return spans.stream().map(span -> span.getAttributes().get(CxAttributes.TOUCHPOINT)).filter(name -> name != null).toList();
  }

  static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }
}
