package dev.touchpoint.promise;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchpoint.CxAttributes;
import dev.touchpoint.Experience;
import dev.touchpoint.Feedback;
import dev.touchpoint.FeedbackScale;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lag indicators, recorded next to the lead ones. */
class FeedbackTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  @BeforeEach
  void recordIntoTestSdk() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
  }

  @Test
  void aScoreIsRecordedPerScaleAndJourney() {
    Experience.feedback(Feedback.csat(4).forJourney("checkout"));
    Experience.feedback(Feedback.csat(2).forJourney("checkout"));
    Experience.feedback(Feedback.nps(9).forTouchpoint("checkout.place-order"));

    assertThat(otel.getMetrics()).singleElement().satisfies(metric -> assertThat(metric)
        .hasName("cx.feedback.score")
        .hasHistogramSatisfying(histogram -> histogram.hasPointsSatisfying(
            point -> point.hasCount(2).hasSum(6).hasAttributesSatisfyingExactly(
                equalTo(CxAttributes.FEEDBACK_SCALE, "csat"), equalTo(CxAttributes.JOURNEY, "checkout")),
            point -> point.hasCount(1).hasSum(9).hasAttributesSatisfyingExactly(
                equalTo(CxAttributes.FEEDBACK_SCALE, "nps"),
                equalTo(CxAttributes.TOUCHPOINT, "checkout.place-order")))));
  }

  @Test
  void insideATraceItIsAlsoAnEventOnTheCurrentSpan() {
    Shop.PLACE_ORDER.run(() -> Experience.feedback(Feedback.nps(10).forJourney("checkout")));

    assertThat(otel.getSpans().get(0)).hasEventsSatisfyingExactly(event -> event
        .hasName("cx.feedback")
        .hasAttributesSatisfyingExactly(
            equalTo(CxAttributes.FEEDBACK_SCALE, "nps"),
            equalTo(CxAttributes.JOURNEY, "checkout"),
            equalTo(CxAttributes.FEEDBACK_SCORE, 10.0)));
  }

  @Test
  void aNamedScaleOfYourOwn() {
    FeedbackScale effort = FeedbackScale.of("customer-effort", 1, 7);

    Experience.feedback(Feedback.on(effort, 2).forJourney("returns"));

    assertThat(otel.getMetrics().get(0).getHistogramData().getPoints()).singleElement()
        .satisfies(point -> assertThat(point.getAttributes().get(CxAttributes.FEEDBACK_SCALE)).isEqualTo("customer-effort"));
  }

  @Test
  void aScoreOutsideItsScaleIsRejectedWithAClearMessage() {
    assertThatThrownBy(() -> Feedback.csat(6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CSAT score 6 is outside its scale, 1 to 5");
    assertThatThrownBy(() -> Feedback.csat(0)).hasMessage("CSAT score 0 is outside its scale, 1 to 5");
    assertThatThrownBy(() -> Feedback.nps(11)).hasMessage("NPS score 11 is outside its scale, 0 to 10");
    assertThatThrownBy(() -> Feedback.on(FeedbackScale.of("effort", 1, 7), 7.5))
        .hasMessage("EFFORT score 7.5 is outside its scale, 1 to 7");
    assertThatThrownBy(() -> FeedbackScale.of("upside-down", 5, 1))
        .hasMessage("feedback scale \"upside-down\" runs from 5.0 to 1.0: its lowest score must be below its highest");
    assertThat(otel.getMetrics()).isEmpty();
  }

  @Test
  void feedbackMustSayWhatItIsAbout() {
    assertThatThrownBy(() -> Experience.feedback(Feedback.csat(4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("say what the feedback is about: Feedback.csat(4).forJourney(\"checkout\") or"
            + " .forTouchpoint(\"checkout.place-order\")");
    assertThatThrownBy(() -> Feedback.csat(4).forJourney(" ")).hasMessageStartingWith("journey must not be blank");
  }
}
