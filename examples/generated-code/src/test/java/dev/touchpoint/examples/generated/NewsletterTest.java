package dev.touchpoint.examples.generated;

import static dev.touchpoint.CustomerKind.EXTERNAL;
import static dev.touchpoint.testkit.TouchpointAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchpoint.testkit.TouchpointExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated subclass in use: create it where the class would be created, and the call is a touchpoint. */
class NewsletterTest {

  @RegisterExtension
  static final TouchpointExtension experience = TouchpointExtension.create();

  @Test
  void theGeneratedSubclassMakesEachCallATouchpoint() {
    Newsletter newsletter = new NewsletterTouchpoints();

    assertThat(newsletter.subscribe("offers")).isEqualTo("subscribed to offers");

    assertThat(experience).touchpoint("newsletter.subscribe").served(EXTERNAL, "shopper").keptPromise("fast");
  }

  @Test
  void thePlainClassRecordsNothingAndAFailedAssertionSaysWhy() {
    new Newsletter().subscribe("offers");

    assertThat(experience).didNotRun("newsletter.subscribe");
    assertThatThrownBy(() -> assertThat(experience).touchpoint("newsletter.subscribe"))
        .hasMessage("Expected one call of touchpoint newsletter.subscribe, but there were 0; touchpoints recorded: []."
            + " dev.touchpoint.examples.generated.Newsletter.subscribe declares it, and it is not woven, so only its"
            + " generated form records: call it on a dev.touchpoint.examples.generated.NewsletterTouchpoints, not on a"
            + " plain dev.touchpoint.examples.generated.Newsletter (or weave it with touchpoint-weaver, docs/build.md)");
    assertThatThrownBy(() -> assertThat(experience).ran("newsletter.unsubscribe", 1))
        .hasMessage("Expected touchpoint newsletter.unsubscribe to run 1 times, but it ran 0 times."
            + " No experience map on the class path declares a touchpoint named newsletter.unsubscribe");
  }
}
