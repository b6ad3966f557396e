package dev.touchpoint.report.journey;

import dev.touchpoint.report.trace.TraceSpan;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One customer's pass through a journey: the touchpoints of one trace that carry the same
 * {@code cx.journey}, in whatever service they ran, with the touchpoints and recoveries nested
 * under them. First time right when none of its touchpoints broke a promise and no recovery ran
 * anywhere in it.
 *
 * @param entry the outermost of its touchpoints: whom it served is the journey's customer
 * @param touchpoints its touchpoint spans, the entry first
 * @param recoveries the recovery spans that ran in it
 */
public record JourneyInstance(String traceId, String journey, TraceSpan entry, List<TraceSpan> touchpoints,
    List<TraceSpan> recoveries) {

  public JourneyInstance {
    touchpoints = List.copyOf(touchpoints);
    recoveries = List.copyOf(recoveries);
  }

  public boolean firstTimeRight() {
    return recoveries.isEmpty() && brokenTouchpoints().isEmpty();
  }

  /** The touchpoints of it that broke a promise, each once, in the order they appear. */
  public List<String> brokenTouchpoints() {
    Set<String> broken = new LinkedHashSet<>();
    for (TraceSpan touchpoint : touchpoints) {
      if (SpanRoles.brokePromise(touchpoint)) {
        broken.add(touchpoint.text(SpanRoles.TOUCHPOINT));
      }
    }
    return List.copyOf(broken);
  }

  public String customerKind() {
    return entry.text(SpanRoles.CUSTOMER_KIND);
  }

  public String customerSegment() {
    return entry.text(SpanRoles.CUSTOMER_SEGMENT);
  }

  /** The services its touchpoints ran in, the entry's first. */
  public List<String> services() {
    Set<String> services = new LinkedHashSet<>();
    touchpoints.forEach(span -> services.add(span.service()));
    return List.copyOf(services);
  }
}
