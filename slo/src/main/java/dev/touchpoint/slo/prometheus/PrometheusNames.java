package dev.touchpoint.slo.prometheus;

/**
 * Touchpoint's instruments as Prometheus sees them, through the OpenTelemetry Prometheus exporter
 * or the OTLP-to-Prometheus conversion: dots become underscores, a unit in words is appended
 * ({@code s} becomes {@code _seconds}), a unit in braces is dropped, counters end in
 * {@code _total}. The service is the {@code job} label: the scrape job's name, which the
 * OTLP conversion takes from {@code service.name}. docs/semantic-conventions.md lists the mapping.
 */
public final class PrometheusNames {

  /** {@code cx.promise.outcomes}, counter, unit {@code {outcome}}. */
  public static final String PROMISE_OUTCOMES = "cx_promise_outcomes_total";
  /** {@code cx.touchpoint.duration}, histogram, unit {@code s}. */
  public static final String TOUCHPOINT_DURATION = "cx_touchpoint_duration_seconds";
  /** {@code cx.recoveries}, counter, unit {@code {recovery}}. */
  public static final String RECOVERIES = "cx_recoveries_total";

  public static final String JOB = "job";
  public static final String TOUCHPOINT = "cx_touchpoint";
  public static final String PROMISE = "cx_promise";
  public static final String OUTCOME = "cx_promise_outcome";
  public static final String RECOVERY = "cx_recovery";

  /** The recording rule for the share of calls that kept a promise over {@code window}. */
  public static String keptRatio(String window) {
    return "touchpoint:cx_promise_kept:ratio_rate" + window;
  }

  private PrometheusNames() {}

  /** {@code name="value"}, with the value escaped as PromQL requires. */
  public static String matcher(String label, String value) {
    return label + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  /** A selector for one service's, one touchpoint's, one promise's series. */
  public static String selector(String service, String touchpoint, String promise) {
    return "{" + matcher(JOB, service) + "," + matcher(TOUCHPOINT, touchpoint) + "," + matcher(PROMISE, promise) + "}";
  }
}
