package dev.touchpoint.testkit;

import static dev.touchpoint.CustomerKind.EXTERNAL;
import static dev.touchpoint.CustomerKind.INTERNAL;
import static dev.touchpoint.testkit.TouchpointAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchpoint.ControlDefinition;
import dev.touchpoint.Customer;
import dev.touchpoint.Experience;
import dev.touchpoint.RecoveryDefinition;
import dev.touchpoint.ServingScope;
import dev.touchpoint.TouchpointDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test kit on real touchpoints, recorded by the real runtime into OpenTelemetry's testing SDK. */
class TouchpointAssertionsTest {

  @RegisterExtension
  static final TouchpointExtension experience = TouchpointExtension.create();

  static final TouchpointDefinition PLACE_ORDER = Experience.touchpoint("checkout.place-order", EXTERNAL)
      .customer("shopper").journey("checkout").owner("checkout-team")
      .promise("fast", "10s").promise("right-first-time").build();
  static final RecoveryDefinition RETRY = Experience.recovery("payments.retry");
  static final ControlDefinition FRAUD_CHECK = Experience.control("fraud-check");

  @Test
  void aCallThatKeptItsPromisesSaysWhomItServed() {
    try (ServingScope shopper = Experience.serving(Customer.external("shopper"))) {
      PLACE_ORDER.call(() -> FRAUD_CHECK.call(() -> "screened"));
    }

    assertThat(experience).touchpoint("checkout.place-order")
        .served(EXTERNAL, "shopper").servedEndCustomer(EXTERNAL, "shopper")
        .keptPromise("fast").keptPromise("right-first-time").keptEveryPromise()
        .wasFirstTimeRight().inJourney("checkout").ownedBy("checkout-team")
        .ranControl("fraud-check").succeeded();
    assertThat(experience).journeyWasFirstTimeRight("checkout").noRecoveryRan()
        .measuredCalls("checkout.place-order", 1)
        .countedPromiseOutcomes("checkout.place-order", "fast", "kept", 1)
        .countedPromiseOutcomes("checkout.place-order", "right-first-time", "broken", 0);
  }

  @Test
  void aCallThatNeededARecoveryWasNotRightTheFirstTime() {
    PLACE_ORDER.call(() -> RETRY.call(() -> "paid through the backup"));

    assertThat(experience).touchpoint("checkout.place-order")
        .recoveredBy("payments.retry").brokePromise("right-first-time").brokePromise("fast")
        .wasNotFirstTimeRight().hasNoEndCustomer();
    assertThat(experience).recoveryRan("payments.retry").journeyWasNotFirstTimeRight("checkout")
        .countedPromiseOutcomes("checkout.place-order", "right-first-time", "broken", 1);
  }

  @Test
  void callsAreCountedAndEachCanBeChecked() {
    PLACE_ORDER.call(() -> "one");
    try (ServingScope finance = Experience.serving(Customer.internal("finance"))) {
      PLACE_ORDER.call(() -> "two");
    }

    assertThat(experience).ran("checkout.place-order", 2).didNotRun("checkout.quote")
        .measuredCalls("checkout.place-order", 2);
    assertThat(experience).touchpoint("checkout.place-order", 0).hasNoEndCustomer();
    assertThat(experience).touchpoint("checkout.place-order", 1).servedEndCustomer(INTERNAL, "finance");
  }

  @Test
  void aFailedAssertionSaysWhatWasRecordedInstead() {
    PLACE_ORDER.call(() -> "placed");

    assertThatThrownBy(() -> assertThat(experience).touchpoint("checkout.quote"))
        .hasMessage("Expected one call of touchpoint checkout.quote, but there were 0; touchpoints recorded:"
            + " [checkout.place-order]. No experience map is on the class path: if checkout.quote is declared with"
            + " @Touchpoint, the Touchpoint processor did not run in this build; add"
            + " dev.touchpoint:touchpoint-processor to the maven-compiler-plugin's annotationProcessorPaths"
            + " (the README's quick start)");
    assertThatThrownBy(() -> assertThat(experience).touchpoint("checkout.place-order").served(INTERNAL, "finance"))
        .hasMessage("Expected checkout.place-order to serve INTERNAL \"finance\", but it served external \"shopper\"");
    assertThatThrownBy(() -> assertThat(experience).touchpoint("checkout.place-order").brokePromise("fast"))
        .hasMessage("Expected checkout.place-order to break promise \"fast\", but it broke none");
    assertThatThrownBy(() -> assertThat(experience).touchpoint("checkout.place-order").keptPromise("cheap"))
        .hasMessage("Expected checkout.place-order to promise \"cheap\", but it promises [fast, right-first-time]");
    assertThatThrownBy(() -> assertThat(experience).touchpoint("checkout.place-order").recoveredBy("payments.retry"))
        .hasMessage("Expected recovery payments.retry to run inside checkout.place-order, but it did not");
    assertThatThrownBy(() -> assertThat(experience).touchpoint("checkout.place-order")
        .servedEndCustomer(EXTERNAL, "shopper"))
        .hasMessage("Expected checkout.place-order to serve the end customer EXTERNAL \"shopper\", but its end"
            + " customer was none");
  }
}
