package dev.touchpoint;

import dev.touchpoint.runtime.Arguments;

/**
 * The scale a feedback score is given on: CSAT (1 to 5), NPS (0 to 10), or one of your own.
 *
 * <pre>{@code
 * FeedbackScale effort = FeedbackScale.of("customer-effort", 1, 7);
 * }</pre>
 */
public record FeedbackScale(String name, double lowest, double highest) {

  /** Customer satisfaction: 1 (very unsatisfied) to 5 (very satisfied). */
  public static final FeedbackScale CSAT = new FeedbackScale("csat", 1, 5);

  /** Net Promoter Score's question: 0 (not at all likely to recommend) to 10 (extremely likely). */
  public static final FeedbackScale NPS = new FeedbackScale("nps", 0, 10);

  public FeedbackScale {
    Arguments.requireNonBlank(name, "feedback scale name", "name the scale, e.g. \"customer-effort\"");
    if (!(lowest < highest)) {
      throw new IllegalArgumentException("feedback scale \"" + name + "\" runs from " + lowest + " to "
          + highest + ": its lowest score must be below its highest");
    }
  }

  /** A named scale of your own, from {@code lowest} to {@code highest} inclusive. */
  public static FeedbackScale of(String name, double lowest, double highest) {
    return new FeedbackScale(name, lowest, highest);
  }

  boolean contains(double score) {
    return score >= lowest && score <= highest;
  }

  @Override
  public String toString() {
    return name + " (" + format(lowest) + " to " + format(highest) + ")";
  }

  static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
