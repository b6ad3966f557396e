package dev.touchpoint.report.journey;

import dev.touchpoint.report.trace.TraceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the journey instances in a set of spans. Within a trace, a touchpoint that carries
 * {@code cx.journey} belongs to that journey; one that does not, and every recovery, belongs to the
 * journey of its nearest ancestor that carries one, across services, through the parent ids. Where
 * a parent is missing (a service that does not export, a span dropped), the chain is broken: what
 * hangs below it is given to the trace's only journey, if it has just one, and to none otherwise.
 * Timestamps play no part, so services whose clocks disagree are judged alike.
 */
public final class Journeys {

  private Journeys() {}

  public static List<JourneyInstance> of(List<TraceSpan> spans) {
    Map<String, List<TraceSpan>> traces = new LinkedHashMap<>();
    for (TraceSpan span : spans) {
      traces.computeIfAbsent(span.traceId(), id -> new ArrayList<>()).add(span);
    }
    List<JourneyInstance> instances = new ArrayList<>();
    traces.values().forEach(trace -> instances.addAll(new TraceJourneys(trace).instances()));
    return instances;
  }

  /** The journeys of one trace. */
  private static final class TraceJourneys {

    private final Map<String, TraceSpan> byId = new HashMap<>();
    private final List<TraceSpan> spans;
    /** Per journey, its touchpoints and recoveries, in the order the trace lists them. */
    private final Map<String, List<TraceSpan>> touchpoints = new LinkedHashMap<>();
    private final Map<String, List<TraceSpan>> recoveries = new LinkedHashMap<>();

    TraceJourneys(List<TraceSpan> spans) {
      this.spans = spans;
      spans.forEach(span -> byId.putIfAbsent(span.spanId(), span));
      for (TraceSpan span : spans) {
        if (span.text(SpanRoles.JOURNEY) != null && SpanRoles.isTouchpoint(span)) {
          touchpoints.computeIfAbsent(span.text(SpanRoles.JOURNEY), journey -> new ArrayList<>());
          recoveries.computeIfAbsent(span.text(SpanRoles.JOURNEY), journey -> new ArrayList<>());
        }
      }
    }

    List<JourneyInstance> instances() {
      for (TraceSpan span : spans) {
        boolean touchpoint = SpanRoles.isTouchpoint(span);
        if (!touchpoint && !SpanRoles.isRecovery(span)) {
          continue;
        }
        String journey = journeyOf(span);
        if (journey != null && touchpoints.containsKey(journey)) {
          (touchpoint ? touchpoints : recoveries).get(journey).add(span);
        }
      }
      List<JourneyInstance> instances = new ArrayList<>();
      touchpoints.forEach((journey, members) -> {
        TraceSpan entry = entry(journey, members);
        List<TraceSpan> ordered = new ArrayList<>(members);
        ordered.remove(entry);
        ordered.add(0, entry);
        instances.add(new JourneyInstance(entry.traceId(), journey, entry, ordered, recoveries.get(journey)));
      });
      return instances;
    }

    /** The span's own journey, else its nearest ancestor's; where the chain breaks, the trace's only one. */
    private String journeyOf(TraceSpan span) {
      TraceSpan at = span;
      // At most as many steps as the trace has spans: parent ids that loop end here too.
      for (int steps = 0; steps <= spans.size(); steps++) {
        String journey = at.text(SpanRoles.JOURNEY);
        if (journey != null) {
          return journey;
        }
        if (at.parentId() == null) {
          return null;
        }
        TraceSpan parent = byId.get(at.parentId());
        if (parent == null) {
          return touchpoints.size() == 1 ? touchpoints.keySet().iterator().next() : null;
        }
        at = parent;
      }
      return null;
    }

    /**
     * The outermost touchpoint that carries the journey: the one no other such touchpoint is an
     * ancestor of; of several (parts of the trace missing), the one that started first.
     */
    private TraceSpan entry(String journey, List<TraceSpan> members) {
      return members.stream()
          .filter(span -> journey.equals(span.text(SpanRoles.JOURNEY)))
          .filter(span -> !hasAncestorIn(span, journey))
          .min(Comparator.comparingLong(TraceSpan::startEpochNanos))
          .orElse(members.get(0));
    }

    private boolean hasAncestorIn(TraceSpan span, String journey) {
      int steps = 0;
      for (TraceSpan at = byId.get(span.parentId() == null ? "" : span.parentId()); at != null && steps++ < spans.size();
          at = at.parentId() == null ? null : byId.get(at.parentId())) {
        if (journey.equals(at.text(SpanRoles.JOURNEY)) && SpanRoles.isTouchpoint(at)) {
          return true;
        }
      }
      return false;
    }
  }
}
