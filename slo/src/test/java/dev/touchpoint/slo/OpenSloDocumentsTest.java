package dev.touchpoint.slo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenSloDocumentsTest {

  @TempDir Path work;

  @Test
  void theDocumentsHoldToTheOpenSloV1Specification() throws Exception {
    Path storefront = ServiceLevels.write(Fixtures.storefront(work), work.resolve("out")).get(0);
    Path payments = ServiceLevels.write(Fixtures.payments(work), work.resolve("out")).get(0);

    assertThat(OpenSloV1.violations(Files.readString(storefront))).isEmpty();
    assertThat(OpenSloV1.violations(Files.readString(payments))).isEmpty();
  }

  @Test
  void eachPromiseIsAnSloOverTouchpointsOwnCountsWithItsOwnerAndCustomer() throws Exception {
    String yaml = Files.readString(ServiceLevels.write(Fixtures.storefront(work), work.resolve("out")).get(0));

    assertThat(yaml).contains("""
        apiVersion: openslo/v1
        kind: SLO
        metadata:
          name: storefront-checkout-place-order-fast
          displayName: checkout.place-order keeps "fast"
          labels:
            touchpoint:
            - checkout.place-order
            promise:
            - fast
            customer-kind:
            - external
            customer-segment:
            - shopper
            journey:
            - checkout
            owner:
            - checkout-team
        spec:
          description: checkout.place-order promises external shopper "fast" (within 300ms). Owned by checkout-team.
          service: storefront
        """).contains("""
                good:
                  metricSource:
                    type: Prometheus
                    spec:
                      query: "sum(cx_promise_outcomes_total{job=\\"storefront\\",cx_touchpoint=\\"checkout.place-order\\",cx_promise=\\"fast\\",cx_promise_outcome=\\"kept\\"})"
                total:
                  metricSource:
                    type: Prometheus
                    spec:
                      query: "sum(cx_promise_outcomes_total{job=\\"storefront\\",cx_touchpoint=\\"checkout.place-order\\",cx_promise=\\"fast\\"})"
          timeWindow:
          - duration: 28d
            isRolling: true
          budgetingMethod: Occurrences
          objectives:
          - displayName: 99.5% of calls keep "fast"
            target: 0.995
          alertPolicies:
          - storefront-checkout-place-order-fast-burn-rate
        """);
  }

  @Test
  void theStrictReaderCatchesWhatTheSpecificationForbids() {
    assertThat(OpenSloV1.violations("""
        apiVersion: openslo/v1
        kind: SLO
        metadata:
          name: Checkout.Place-Order
        spec:
          service: shop
          budgetingMethod: Occurences
          timeWindow:
          - duration: 28 days
            isRolling: true
          objectives:
          - target: 99.5
          indicatorRef: checkout
          alertPolicies: [checkout-burn]
          priority: high
        """)).containsExactly(
        "document 0 (SLO).metadata.name Checkout.Place-Order is not an RFC 1123 label (63 lowercase letters, digits, '-')",
        "SLO Checkout.Place-Order: priority is not an OpenSLO v1 field here",
        "SLO Checkout.Place-Order.budgetingMethod \"Occurences\" is not one of [Occurrences, Timeslices, RatioTimeslices]",
        "SLO Checkout.Place-Order.timeWindow.duration \"28 days\" is not a duration shorthand ([0-9]+ and one of m h d w"
            + " M Q Y)",
        "SLO Checkout.Place-Order.objectives.target 99.5 must be a number above 0 and below 1",
        "SLO Checkout.Place-Order.service: no Service named shop",
        "SLO Checkout.Place-Order.alertPolicies: no AlertPolicy named checkout-burn");
  }
}
