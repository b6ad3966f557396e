package dev.touchpoint.examples.storefront;

import static dev.touchpoint.CustomerKind.EXTERNAL;
import static dev.touchpoint.testkit.TouchpointAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchpoint.Customer;
import dev.touchpoint.Experience;
import dev.touchpoint.ServingScope;
import dev.touchpoint.examples.telemetry.Reply;
import dev.touchpoint.examples.telemetry.TracedClient;
import dev.touchpoint.examples.telemetry.TracedServer;
import dev.touchpoint.testkit.TouchpointExtension;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The storefront's promises, tested the way an app developer tests their own touchpoints: the
 * woven {@code Checkout} against a payments stub on loopback, asserted with Touchpoint's test kit.
 */
class CheckoutTest {

  @RegisterExtension
  static final TouchpointExtension experience = TouchpointExtension.create();

  @Test
  void aSmallOrderIsFastAndRightFirstTime() throws Exception {
    placeOrder(new Order("order-1", 4_995, "tok_visa"), Reply.ok("auth-1"));

    assertThat(experience).touchpoint("checkout.place-order")
        .served(EXTERNAL, "shopper").servedEndCustomer(EXTERNAL, "shopper")
        .keptPromise("fast").keptPromise("right-first-time").wasFirstTimeRight()
        .ranControl("fraud-check").ownedBy("checkout-team");
    assertThat(experience).countedPromiseOutcomes("checkout.place-order", "fast", "kept", 1);
  }

  @Test
  void aLargeOrdersManualReviewBreaksFastButNotRightFirstTime() throws Exception {
    placeOrder(new Order("order-2", 125_000, "tok_visa"), Reply.ok("auth-2"));

    assertThat(experience).touchpoint("checkout.place-order").brokePromise("fast").keptPromise("right-first-time");
    assertThat(experience).countedPromiseOutcomes("checkout.place-order", "fast", "broken", 1);
  }

  @Test
  void aDeclinedCardIsAnHonestAnswerThatKeepsBothPromises() {
    assertThatThrownBy(() -> placeOrder(new Order("order-3", 7_500, "tok_declined"), new Reply(402, "card declined")))
        .isInstanceOf(PaymentDeclined.class);

    assertThat(experience).touchpoint("checkout.place-order").failed().keptEveryPromise().wasFirstTimeRight();
  }

  @Test
  void aTouchpointTheTestNeverCalledIsExplainedFromTheBuild() {
    assertThatThrownBy(() -> assertThat(experience).touchpoint("checkout.place-order"))
        .hasMessage("Expected one call of touchpoint checkout.place-order, but there were 0; touchpoints recorded: []."
            + " dev.touchpoint.examples.storefront.Checkout.placeOrder declares it, and it is woven: did the test call it?");
  }

  /** Places {@code order} for a shopper, with a payments stub that answers {@code payments}. */
  private static void placeOrder(Order order, Reply payments) throws Exception {
    try (TracedServer stub = TracedServer.onLoopback(OpenTelemetry.noop()).post("/authorisations", form -> payments)) {
      Checkout checkout = new Checkout(new FraudScreen(),
          new PaymentsClient(TracedClient.toOwnServices(experience.openTelemetry()), stub.start()));
      try (ServingScope shopper = Experience.serving(Customer.external("shopper"))) {
        checkout.placeOrder(order);
      }
    }
  }
}
