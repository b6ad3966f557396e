package dev.touchpoint.examples.generated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.Experience;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated subclass in use: create it where the class would be created, and the call is a touchpoint. */
class NewsletterTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  @BeforeEach
  void recordIntoTheTestSdk() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
  }

  @Test
  void theGeneratedSubclassMakesEachCallATouchpoint() {
    Newsletter newsletter = new NewsletterTouchpoints();

    assertThat(newsletter.subscribe("offers")).isEqualTo("subscribed to offers");

    assertThat(otel.getSpans()).singleElement().satisfies(span -> {
      assertThat(span.getName()).isEqualTo("newsletter.subscribe");
      assertThat(span.getAttributes().get(AttributeKey.stringKey("cx.customer.kind"))).isEqualTo("external");
      assertThat(span.getAttributes().get(AttributeKey.booleanKey("cx.promise.kept"))).isTrue();
    });
  }

  @Test
  void thePlainClassRecordsNothing() {
    new Newsletter().subscribe("offers");

    assertThat(otel.getSpans()).extracting(SpanData::getName).isEmpty();
  }
}
