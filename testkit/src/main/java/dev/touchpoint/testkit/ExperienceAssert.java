package dev.touchpoint.testkit;

import dev.touchpoint.CxAttributes;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/** Assertions on everything a test's touchpoints recorded. */
public final class ExperienceAssert extends AbstractAssert<ExperienceAssert, TouchpointExtension> {

  ExperienceAssert(TouchpointExtension experience) {
    super(experience, ExperienceAssert.class);
  }

  /** The one call of the touchpoint {@code name}; fails when it ran never or more than once. */
  public TouchpointAssert touchpoint(String name) {
    List<SpanData> calls = Spans.touchpoints(actual.spans(), name);
    if (calls.size() != 1) {
      failWithMessage("Expected one call of touchpoint %s, but there were %d; touchpoints recorded: %s%s", name,
          calls.size(), Spans.touchpointNames(actual.spans()),
          calls.size() > 1 ? " (use touchpoint(name, index) for one of several calls)" : WhyNotRecorded.explain(name));
    }
    return new TouchpointAssert(calls.get(0), actual.spans());
  }

  /** Call number {@code index} (from 0, in the order the calls ended) of the touchpoint {@code name}. */
  public TouchpointAssert touchpoint(String name, int index) {
    List<SpanData> calls = Spans.touchpoints(actual.spans(), name);
    if (index < 0 || index >= calls.size()) {
      failWithMessage("Expected call %d of touchpoint %s, but it ran %d times; touchpoints recorded: %s", index, name,
          calls.size(), Spans.touchpointNames(actual.spans()));
    }
    return new TouchpointAssert(calls.get(index), actual.spans());
  }

  /** Verifies that the touchpoint {@code name} ran exactly {@code times} times. */
  public ExperienceAssert ran(String name, int times) {
    int calls = Spans.touchpoints(actual.spans(), name).size();
    if (calls != times) {
      failWithMessage("Expected touchpoint %s to run %d times, but it ran %d times%s", name, times, calls,
          calls == 0 ? WhyNotRecorded.explain(name) : "");
    }
    return this;
  }

  /** Verifies that the touchpoint {@code name} never ran. */
  public ExperienceAssert didNotRun(String name) {
    return ran(name, 0);
  }

  /** Verifies that the recovery path {@code name} ran, in any touchpoint. */
  public ExperienceAssert recoveryRan(String name) {
    if (actual.spans().stream().noneMatch(span -> name.equals(span.getAttributes().get(CxAttributes.RECOVERY)))) {
      failWithMessage("Expected recovery %s to run, but it did not; recoveries that ran: %s", name, actual.spans()
          .stream().map(span -> span.getAttributes().get(CxAttributes.RECOVERY)).filter(Objects::nonNull).toList());
    }
    return this;
  }

  /** Verifies that no recovery path ran at all: everything was right the first time. */
  public ExperienceAssert noRecoveryRan() {
    List<String> ran = actual.spans().stream().map(span -> span.getAttributes().get(CxAttributes.RECOVERY))
        .filter(Objects::nonNull).toList();
    if (!ran.isEmpty()) {
      failWithMessage("Expected no recovery to run, but these did: %s", ran);
    }
    return this;
  }

  /**
   * Verifies that the journey {@code journey} was right the first time: every call that entered it
   * kept its promises with no recovery.
   */
  public ExperienceAssert journeyWasFirstTimeRight(String journey) {
    return journeyFirstTimeRight(journey, true);
  }

  /** Verifies that the journey {@code journey} was not right the first time: a promise broke, or a recovery ran. */
  public ExperienceAssert journeyWasNotFirstTimeRight(String journey) {
    return journeyFirstTimeRight(journey, false);
  }

  private ExperienceAssert journeyFirstTimeRight(String journey, boolean expected) {
    List<Boolean> entries = actual.spans().stream()
        .filter(span -> journey.equals(span.getAttributes().get(CxAttributes.JOURNEY)))
        .map(span -> span.getAttributes().get(CxAttributes.JOURNEY_FIRST_TIME_RIGHT)).filter(Objects::nonNull).toList();
    if (entries.isEmpty()) {
      failWithMessage("Expected journey %s to have run, but no touchpoint recorded it", journey);
    }
    if (entries.stream().anyMatch(firstTimeRight -> firstTimeRight != expected)) {
      failWithMessage("Expected journey %s %s first time right, but its calls said %s", journey,
          expected ? "to be" : "not to be", entries);
    }
    return this;
  }

  /** Verifies the {@code cx.promise.outcomes} count for a touchpoint's promise: {@code kept} or {@code broken}. */
  public ExperienceAssert countedPromiseOutcomes(String touchpoint, String promise, String outcome, long count) {
    long counted = actual.metrics().stream().filter(metric -> metric.getName().equals("cx.promise.outcomes"))
        .flatMap(metric -> metric.getLongSumData().getPoints().stream())
        .filter(point -> matches(point.getAttributes(), touchpoint) && promise.equals(point.getAttributes()
            .get(CxAttributes.PROMISE)) && outcome.equals(point.getAttributes().get(CxAttributes.PROMISE_OUTCOME)))
        .mapToLong(LongPointData::getValue).sum();
    if (counted != count) {
      failWithMessage("Expected cx.promise.outcomes to count %d %s for promise %s of %s, but it counted %d", count,
          outcome, promise, touchpoint, counted);
    }
    return this;
  }

  /** Verifies how many calls of a touchpoint {@code cx.touchpoint.duration} measured. */
  public ExperienceAssert measuredCalls(String touchpoint, long count) {
    long measured = actual.metrics().stream().filter(metric -> metric.getName().equals("cx.touchpoint.duration"))
        .flatMap(metric -> metric.getHistogramData().getPoints().stream())
        .filter(point -> matches(point.getAttributes(), touchpoint))
        .mapToLong(HistogramPointData::getCount).sum();
    if (measured != count) {
      failWithMessage("Expected cx.touchpoint.duration to measure %d calls of %s, but it measured %d", count, touchpoint,
          measured);
    }
    return this;
  }

  private static boolean matches(Attributes attributes, String touchpoint) {
    return touchpoint.equals(attributes.get(CxAttributes.TOUCHPOINT));
  }

  /** Every metric recorded, for assertions this class does not offer. */
  public List<MetricData> metrics() {
    return List.copyOf(actual.metrics());
  }
}
