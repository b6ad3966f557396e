package dev.touchpoint;

import dev.touchpoint.runtime.Arguments;
import io.opentelemetry.api.common.Attributes;

/**
 * A survey or review score about a journey or a touchpoint: a lag indicator, recorded next to the
 * lead indicators the touchpoints measure live, so the two can be lined up. Immutable.
 *
 * <pre>{@code
 * Experience.feedback(Feedback.csat(4).forJourney("checkout"));
 * Experience.feedback(Feedback.nps(9).forTouchpoint("checkout.place-order"));
 * Experience.feedback(Feedback.on(FeedbackScale.of("customer-effort", 1, 7), 2).forJourney("returns"));
 * }</pre>
 *
 * <p>Name a journey or touchpoint your code declares: the name becomes a metric attribute, so it
 * must come from the code, never from the request.
 */
public final class Feedback {

  private final FeedbackScale scale;
  private final double score;
  private final Attributes about;

  private Feedback(FeedbackScale scale, double score, Attributes about) {
    this.scale = scale;
    this.score = score;
    this.about = about;
  }

  /** A customer satisfaction score, 1 to 5. */
  public static Feedback csat(int score) {
    return on(FeedbackScale.CSAT, score);
  }

  /** A Net Promoter Score answer, 0 to 10. */
  public static Feedback nps(int score) {
    return on(FeedbackScale.NPS, score);
  }

  /**
   * A score on {@code scale}.
   *
   * @throws IllegalArgumentException when the score is outside the scale
   */
  public static Feedback on(FeedbackScale scale, double score) {
    Arguments.requireNonNull(scale, "feedback scale", "use FeedbackScale.CSAT, FeedbackScale.NPS or FeedbackScale.of(...)");
    if (!scale.contains(score)) {
      throw new IllegalArgumentException(scale.name().toUpperCase(java.util.Locale.ROOT) + " score "
          + FeedbackScale.format(score) + " is outside its scale, " + FeedbackScale.format(scale.lowest())
          + " to " + FeedbackScale.format(scale.highest()));
    }
    return new Feedback(scale, score, null);
  }

  /** About the journey {@code journey}, as {@code @Touchpoint(journey = ...)} names it. */
  public Feedback forJourney(String journey) {
    Arguments.requireNonBlank(journey, "journey", "name the journey the feedback is about, e.g. \"checkout\"");
    return new Feedback(scale, score, Attributes.of(CxAttributes.JOURNEY, journey));
  }

  /** About the touchpoint {@code touchpoint}, as {@code @Touchpoint(value = ...)} names it. */
  public Feedback forTouchpoint(String touchpoint) {
    Arguments.requireNonBlank(touchpoint, "touchpoint", "name the touchpoint the feedback is about, e.g. \"checkout.place-order\"");
    return new Feedback(scale, score, Attributes.of(CxAttributes.TOUCHPOINT, touchpoint));
  }

  public FeedbackScale scale() {
    return scale;
  }

  public double score() {
    return score;
  }

  Attributes about() {
    if (about == null) {
      throw new IllegalArgumentException("say what the feedback is about: " + this
          + ".forJourney(\"checkout\") or .forTouchpoint(\"checkout.place-order\")");
    }
    return about;
  }

  @Override
  public String toString() {
    return "Feedback." + scale.name() + "(" + FeedbackScale.format(score) + ")";
  }
}
