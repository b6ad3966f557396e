package dev.touchpoint.slo.prometheus;

import static dev.touchpoint.slo.prometheus.PrometheusNames.JOB;
import static dev.touchpoint.slo.prometheus.PrometheusNames.OUTCOME;
import static dev.touchpoint.slo.prometheus.PrometheusNames.PROMISE;
import static dev.touchpoint.slo.prometheus.PrometheusNames.PROMISE_OUTCOMES;
import static dev.touchpoint.slo.prometheus.PrometheusNames.TOUCHPOINT;
import static dev.touchpoint.slo.write.Documents.ordered;

import dev.touchpoint.slo.model.PromiseObjective;
import dev.touchpoint.slo.model.ServiceExperience;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Prometheus rule file for one service: the share of calls that kept each promise, recorded per
 * touchpoint and promise over every window the alerts and the objective need, and a pair of
 * burn-rate alerts for each touchpoint × promise, labelled with whom it serves and who owns it.
 */
public final class RuleFile {

  public static final String ALERT = "CxPromiseErrorBudgetBurn";

  private RuleFile() {}

  /** The rule file as the YAML tree Prometheus reads. */
  public static Map<String, Object> of(ServiceExperience experience) {
    return Map.of("groups", List.of(recordingRules(experience), alertingRules(experience)));
  }

  private static Map<String, Object> recordingRules(ServiceExperience experience) {
    List<Object> rules = new ArrayList<>();
    String job = PrometheusNames.matcher(JOB, experience.service());
    String by = "sum by (" + JOB + ", " + TOUCHPOINT + ", " + PROMISE + ") ";
    for (String window : BurnRateWindows.RECORDED) {
      String all = by + "(rate(" + PROMISE_OUTCOMES + "{" + job + "}[" + window + "]))";
      String kept = by + "(rate(" + PROMISE_OUTCOMES + "{" + job + "," + PrometheusNames.matcher(OUTCOME, "kept") + "}["
          + window + "]))";
      // A promise broken by every call has no "kept" series: count it as none kept, not as no data.
      rules.add(ordered("record", PrometheusNames.keptRatio(window),
          "expr", "(\n  " + kept + "\n  or\n  0 * " + all + "\n)\n/\n" + all + "\n"));
    }
    return ordered("name", "touchpoint-" + experience.service() + "-promises-kept", "rules", rules);
  }

  private static Map<String, Object> alertingRules(ServiceExperience experience) {
    List<Object> rules = new ArrayList<>();
    for (PromiseObjective promise : experience.promises()) {
      String selector = PrometheusNames.selector(experience.service(), promise.touchpoint(), promise.promise());
      String threshold = " > (%s * " + promise.errorBudget().toPlainString() + ")";
      for (BurnRateWindows windows : BurnRateWindows.PAGE) {
        String expr = "(1 - " + PrometheusNames.keptRatio(windows.longWindow()) + selector + ")"
            + threshold.formatted(windows.burnRate()) + "\nand\n"
            + "(1 - " + PrometheusNames.keptRatio(windows.shortWindow()) + selector + ")"
            + threshold.formatted(windows.burnRate()) + "\n";
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("severity", "page");
        // Also on the series the expression returns; here they keep each rule's labels unique.
        labels.put(TOUCHPOINT, promise.touchpoint());
        labels.put(PROMISE, promise.promise());
        putIfPresent(labels, "owner", promise.owner());
        labels.put("customer_kind", promise.customerKind());
        putIfPresent(labels, "customer_segment", promise.customerSegment());
        putIfPresent(labels, "journey", promise.journey());
        labels.put("burn_window", windows.longWindow());
        rules.add(ordered(
            "alert", ALERT,
            "expr", expr,
            "for", windows.alertAfter(),
            "labels", labels,
            "annotations", ordered(
                "summary", promise.touchpoint() + " is breaking its promise \"" + promise.promise() + "\" to "
                    + promise.customer() + " " + windows.burnRate() + " times faster than its "
                    + percent(promise) + " objective allows",
                "description", "Over the last " + windows.longWindow() + " and " + windows.shortWindow() + ", more than "
                    + windows.burnRate() + " × " + promise.errorBudget().toPlainString() + " of the calls of "
                    + promise.touchpoint() + " broke \"" + promise.promise() + "\"" + (promise.within() == null ? ""
                    : " (within " + promise.within() + ")") + ": at this rate the 28-day error budget is gone in "
                    + daysLeft(windows) + ".")));
      }
    }
    return ordered("name", "touchpoint-" + experience.service() + "-burn-rate", "rules", rules);
  }

  static String percent(PromiseObjective promise) {
    return promise.objective().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  private static String daysLeft(BurnRateWindows windows) {
    double days = 28 / Double.parseDouble(windows.burnRate());
    return days < 2 ? Math.round(days * 24) + " hours" : Math.round(days) + " days";
  }

  private static void putIfPresent(Map<String, Object> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
