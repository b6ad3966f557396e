package dev.touchpoint.agent.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A span as a fixture's {@code fixture.SpanPrinter} printed it:
 * {@code SPAN<tab>name<tab>trace<tab>span<tab>parent<tab>status<tab>key=value<US>key=value}.
 */
record PrintedSpan(String name, String traceId, String spanId, String parentSpanId, String status,
    Map<String, String> attributes) {

  static List<PrintedSpan> parse(String output) {
    List<PrintedSpan> spans = new ArrayList<>();
    for (String line : output.lines().toList()) {
      if (!line.startsWith("SPAN\t")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      Map<String, String> attributes = new LinkedHashMap<>();
      if (!fields[6].isEmpty()) {
        for (String pair : fields[6].split("\u001f")) {
          int equals = pair.indexOf('=');
          attributes.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
      }
      spans.add(new PrintedSpan(fields[1], fields[2], fields[3], fields[4], fields[5], attributes));
    }
    return spans;
  }

  String attribute(String key) {
    return attributes.get(key);
  }

  boolean hasNoParent() {
    return parentSpanId.equals("0000000000000000");
  }
}
