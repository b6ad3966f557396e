package dev.touchpoint.runtime;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.DoubleHistogramBuilder;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.context.Context;
import java.util.List;

/**
 * The lead-indicator metrics, created once per binding. Their attributes come prebuilt from the
 * descriptors, so cardinality is bounded by the code: touchpoint, promise, recovery and control
 * names, customer kind and segment, never anything from a request and never a customer's id.
 */
final class CxMetrics {

  static final String TOUCHPOINT_DURATION = "cx.touchpoint.duration";
  static final String PROMISE_OUTCOMES = "cx.promise.outcomes";
  static final String RECOVERIES = "cx.recoveries";
  static final String CONTROL_DURATION = "cx.control.duration";
  static final String FEEDBACK_SCORE = "cx.feedback.score";

  /** A bucket per whole score from 0 to 10: CSAT and NPS counts read straight off the buckets. */
  private static final List<Double> SCORE_BOUNDARIES =
      List.of(0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5);

  private static volatile boolean toldNoAdvice;

  final DoubleHistogram touchpointDuration;
  final PromiseOutcomes promiseOutcomes = new PromiseOutcomes();
  final LongCounter recoveries;
  final DoubleHistogram controlDuration;
  final DoubleHistogram feedbackScore;

  private CxMetrics(Meter meter) {
    List<Double> boundaries = DeclaredBounds.boundariesInSeconds();
    touchpointDuration = withBoundaries(meter.histogramBuilder(TOUCHPOINT_DURATION)
        .setDescription("How long each touchpoint call took; every declared promise bound is a bucket boundary.")
        .setUnit("s"), boundaries)
        .build();
    meter.counterBuilder(PROMISE_OUTCOMES)
        .setDescription("Promises kept and broken, per touchpoint and promise.")
        .setUnit("{outcome}")
        .buildWithCallback(promiseOutcomes::report);
    recoveries = meter.counterBuilder(RECOVERIES)
        .setDescription("Recovery paths run, per recovery and the touchpoint they ran in.")
        .setUnit("{recovery}")
        .build();
    controlDuration = withBoundaries(meter.histogramBuilder(CONTROL_DURATION)
        .setDescription("How long each control (fraud check, KYC, approval) took.")
        .setUnit("s"), boundaries)
        .build();
    feedbackScore = withBoundaries(meter.histogramBuilder(FEEDBACK_SCORE)
        .setDescription("Survey and review scores (CSAT, NPS, named scales): the lag indicators.")
        .setUnit("{score}"), SCORE_BOUNDARIES)
        .build();
  }

  /**
   * Bucket boundaries, as advice the SDK applies unless a View says otherwise. The API has offered
   * advice since 1.32; on an older one the histograms keep the SDK's default buckets, and a View is
   * the way to set them.
   */
  private static DoubleHistogramBuilder withBoundaries(DoubleHistogramBuilder histogram, List<Double> boundaries) {
    try {
      return histogram.setExplicitBucketBoundariesAdvice(boundaries);
    } catch (NoSuchMethodError olderApi) {
      if (!toldNoAdvice) {
        toldNoAdvice = true;
        RuntimeLog.info("Touchpoint: the OpenTelemetry API " + OpenTelemetryApiVersion.found() + " predates"
            + " bucket-boundary advice (1.32.0), so the cx.* histograms use the SDK's default buckets."
            + " Register a View with explicit bucket boundaries for them, or upgrade the API, to have a"
            + " bucket boundary at every promise bound.");
      }
      return histogram;
    }
  }

  static CxMetrics on(Meter meter) {
    return new CxMetrics(meter);
  }

  // Each record takes the call's own Context: exemplars then point at the call's span, also when a
  // stage completes on another thread, and the instrument need not look the current one up.
  void recordDuration(TouchpointDescriptor touchpoint, long nanos, boolean kept, Context call) {
    touchpointDuration.record(nanos / 1e9, touchpoint.durationMetricAttributes(kept), call);
  }

  void recordOutcome(TouchpointDescriptor touchpoint, int promise, boolean kept) {
    promiseOutcomes.record(touchpoint, promise, kept);
  }

  void recordRecovery(RecoveryDescriptor recovery, TouchpointDescriptor recoveredIn, Context call) {
    recoveries.add(1, recovery.metricAttributes(recoveredIn), call);
  }

  void recordControl(ControlDescriptor control, long nanos, Context call) {
    controlDuration.record(nanos / 1e9, control.metricAttributes(), call);
  }

  void recordFeedback(double score, Attributes attributes) {
    feedbackScore.record(score, attributes);
  }
}
