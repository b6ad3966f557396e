package dev.touchpoint.agent.it;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span as OpenTelemetry's console exporter ({@code otel.traces.exporter=console}) logs it:
 * {@code 'name' : trace span KIND [tracer: scope] AttributesMap{data={...}, ...}}.
 */
record ConsoleSpan(String name, String traceId, String spanId, String scope, String attributes) {

  private static final Pattern LINE = Pattern.compile(
      "'(.+)' : ([0-9a-f]{32}) ([0-9a-f]{16}) [A-Z]+ \\[tracer: ([^\\]]*)\\] (.*)");

  static List<ConsoleSpan> parse(String output) {
    List<ConsoleSpan> spans = new ArrayList<>();
    for (String line : output.lines().toList()) {
      Matcher matcher = LINE.matcher(line);
      if (matcher.find()) {
        spans.add(new ConsoleSpan(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4),
            matcher.group(5)));
      }
    }
    return spans;
  }
}
