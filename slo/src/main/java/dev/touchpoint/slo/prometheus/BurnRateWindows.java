package dev.touchpoint.slo.prometheus;

import java.util.List;

/**
 * The multi-window, multi-burn-rate alerts of Google's SRE workbook ("Alerting on SLOs"), for a
 * 28-day objective: page when 2% of the budget burns in an hour (14.4 times the sustainable rate,
 * confirmed over 5 minutes) or 5% in six hours (6 times, confirmed over 30 minutes).
 */
public record BurnRateWindows(String longWindow, String shortWindow, String burnRate, String alertAfter) {

  public static final String OBJECTIVE_WINDOW = "28d";

  public static final List<BurnRateWindows> PAGE = List.of(
      new BurnRateWindows("1h", "5m", "14.4", "2m"),
      new BurnRateWindows("6h", "30m", "6", "15m"));

  /** Every window a kept ratio is recorded over: the alerts' and the objective's. */
  public static final List<String> RECORDED = List.of("5m", "30m", "1h", "6h", OBJECTIVE_WINDOW);
}
