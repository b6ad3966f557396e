package dev.touchpoint.examples.generated;

import static dev.touchpoint.CustomerKind.EXTERNAL;
import static dev.touchpoint.testkit.TouchpointAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
  void thePlainClassRecordsNothing() {
    new Newsletter().subscribe("offers");

    assertThat(experience).didNotRun("newsletter.subscribe");
  }
}
