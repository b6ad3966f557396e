package dev.touchpoint.slo.model;

import java.math.BigDecimal;

/**
 * One promise of one touchpoint, with the objective it is held to: the unit everything is generated
 * for (one SLO, one pair of burn-rate alerts, one line on the dashboard).
 *
 * @param within the latency bound as written ("300ms"), or null
 * @param objective the share of calls that must keep the promise, such as 0.995
 * @param customerKind {@code external}, {@code internal} or {@code partner}
 * @param customerSegment the segment or team served, or null
 * @param owner the team that answers for it, or null
 * @param declaredIn where it was read, for messages
 */
public record PromiseObjective(
    String touchpoint,
    String promise,
    String within,
    BigDecimal objective,
    String customerKind,
    String customerSegment,
    String journey,
    String owner,
    String declaredIn) {

  /** The error budget: the share of calls allowed to break the promise. */
  public BigDecimal errorBudget() {
    return BigDecimal.ONE.subtract(objective);
  }

  /** "external shopper", "internal finance", "partner": whom the touchpoint serves, in words. */
  public String customer() {
    return customerSegment == null ? customerKind : customerKind + " " + customerSegment;
  }
}
