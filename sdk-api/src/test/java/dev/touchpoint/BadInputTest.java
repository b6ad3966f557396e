package dev.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchpoint.declaration.LatencyBound;
import dev.touchpoint.runtime.PromiseDescriptor;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BadInputTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  @BeforeEach
  void recordIntoTestSdk() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
  }

  @AfterEach
  void nothingHalfMadeIsLeftBehind() {
    assertThat(otel.getSpans()).isEmpty();
    assertThat(Context.current()).isSameAs(Context.root());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t"})
  void aTouchpointNeedsAName(String name) {
    assertThatThrownBy(() -> Experience.touchpoint(name, CustomerKind.EXTERNAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("touchpoint name must not be")
        .hasMessageContaining("e.g. \"checkout.place-order\"");
  }

  @Test
  void aTouchpointMustSayWhoItsCustomerIs() {
    assertThatThrownBy(() -> Experience.touchpoint("checkout.place-order", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("serves of touchpoint \"checkout.place-order\" must not be null: every touchpoint"
            + " answers \"who is your customer?\" with EXTERNAL, INTERNAL or PARTNER");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " "})
  void optionalPartsThatAreGivenMustHaveText(String blank) {
    var builder = Experience.touchpoint("checkout.place-order", CustomerKind.EXTERNAL);
    assertThatThrownBy(() -> builder.customer(blank))
        .hasMessageStartingWith("customer of touchpoint \"checkout.place-order\" must not be");
    assertThatThrownBy(() -> builder.journey(blank))
        .hasMessageStartingWith("journey of touchpoint \"checkout.place-order\" must not be");
    assertThatThrownBy(() -> builder.owner(blank))
        .hasMessageStartingWith("owner of touchpoint \"checkout.place-order\" must not be");
    assertThatThrownBy(() -> builder.promise(blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("promise name must not be");
  }

  @Test
  void aPromiseIsGivenOnce() {
    var builder =
        Experience.touchpoint("checkout.place-order", CustomerKind.EXTERNAL).promise("fast", "300ms");
    assertThatThrownBy(() -> builder.promise("fast", "1s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("promise \"fast\" is given twice for touchpoint \"checkout.place-order\": give"
            + " each promise once");
  }

  @Test
  void aBoundThatIsNotADurationNamesTheAcceptedForms() {
    var builder = Experience.touchpoint("checkout.place-order", CustomerKind.EXTERNAL);
    assertThatThrownBy(() -> builder.promise("fast", "quick"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"quick\" is not a latency bound: write " + LatencyBound.ACCEPTED_FORMS);
    assertThatThrownBy(() -> builder.promise("fast", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("greater than zero");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void aCustomerNeedsASegment(String segment) {
    assertThatThrownBy(() -> Customer.external(segment))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("customer segment must not be")
        .hasMessageContaining("\"shopper\"");
    assertThatThrownBy(() -> Customer.of(null, "shopper"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer kind must not be null: use EXTERNAL, INTERNAL or PARTNER");
  }

  @Test
  void servingNobodyIsRejectedBeforeAnyScopeOpens() {
    assertThatThrownBy(() -> Experience.serving(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("customer must not be null")
        .hasMessageContaining("Customer.external(\"shopper\")");
  }

  @Test
  void aMissingBodyIsRejectedBeforeAnySpanStarts() {
    TouchpointDefinition touchpoint =
        Experience.touchpoint("checkout.place-order", CustomerKind.EXTERNAL).build();
    assertThatThrownBy(() -> touchpoint.call(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("body of touchpoint \"checkout.place-order\" must not be null");
    assertThatThrownBy(() -> touchpoint.run(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> touchpoint.callAsync(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNullOpenTelemetryIsRejected() {
    assertThatThrownBy(() -> Experience.useOpenTelemetry(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("useGlobalOpenTelemetry()");
  }

  @Test
  void descriptorPartsAreChecked() {
    assertThatThrownBy(() -> PromiseDescriptor.of("fast", (Duration) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PromiseDescriptor.of("fast", Duration.ofMillis(-5)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
