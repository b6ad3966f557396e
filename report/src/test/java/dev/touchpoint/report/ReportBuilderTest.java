package dev.touchpoint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.report.summary.ExperienceReport;
import dev.touchpoint.report.summary.ExperienceReport.Count;
import dev.touchpoint.report.summary.ExperienceReport.Durations;
import dev.touchpoint.report.summary.ExperienceReport.JourneyRow;
import dev.touchpoint.report.summary.ExperienceReport.PromiseRow;
import dev.touchpoint.report.summary.ExperienceReport.ServesEdge;
import dev.touchpoint.report.summary.ExperienceReport.TouchpointRow;
import dev.touchpoint.report.summary.ReportBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {

  static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  static ExperienceReport report() {
    return new ReportBuilder()
        .spans("otlp shop.jsonl", ShopTraces.spans(), List.of())
        .declarations("map storefront.jar", ShopTraces.storefrontMap(), List.of(), List.of())
        .between(Instant.ofEpochMilli(5_000), null)
        .build(NOW);
  }

  @Test
  void journeysAreJudgedAcrossServicesPerCustomer() {
    List<JourneyRow> journeys = report().journeys();

    JourneyRow expected = new JourneyRow("checkout", null, null, 2, 1, 0.5, 1, 0.5,
        List.of(new Count("payments", 1)), List.of(new Count("payments.retry-backup-acquirer", 1)),
        "checkout.place-order", 1);
    assertThat(journeys).containsExactly(expected, new JourneyRow("checkout", "external", "shopper", 2, 1, 0.5, 1, 0.5,
        List.of(new Count("payments", 1)), List.of(new Count("payments.retry-backup-acquirer", 1)),
        "checkout.place-order", 1));
  }

  @Test
  void eachTouchpointHasItsCallsPromisesDurationsAndCustomers() {
    TouchpointRow checkout = report().touchpoints().get(0);

    assertThat(checkout).isEqualTo(new TouchpointRow("checkout.place-order", List.of("storefront"), "external",
        "shopper", "checkout", "checkout-team", 2, 0,
        List.of(new PromiseRow("fast", 1, 1, 0.5, "300ms", 0.5), new PromiseRow("right-first-time", 2, 0, 1.0, null, null)),
        new Durations(100, 500, 500, 500), 0.5, List.of(new Count("external shopper", 2)), true));
    assertThat(report().touchpoints()).extracting(TouchpointRow::touchpoint)
        .containsExactly("checkout.place-order", "payments.authorise", "points.balance");
  }

  @Test
  void theMapsAreSetAgainstWhatRanAndWhoServesWhomIsCounted() {
    ExperienceReport report = report();

    assertThat(report.declaredButNeverRan()).containsExactly("catalog.browse (storefront.jar)");
    assertThat(report.ranButUndeclared()).containsExactly("payments.authorise", "payments.retry-backup-acquirer (recovery)",
        "points.balance");
    assertThat(report.servesWhom()).containsExactly(
        new ServesEdge("loyalty", "external", "shopper", 1),
        new ServesEdge("payments", "internal", "checkout", 2),
        new ServesEdge("storefront", "external", "shopper", 2));
    assertThat(report.totals()).isEqualTo(new ExperienceReport.Totals(4, 14, 5, 2));
  }

  @Test
  void aServiceFilterKeepsTheJourneysThatTouchItAndOnlyItsTouchpoints() {
    ExperienceReport payments = new ReportBuilder().spans("otlp shop.jsonl", ShopTraces.spans(), List.of())
        .services(List.of("payments")).build(NOW);

    assertThat(payments.touchpoints()).extracting(TouchpointRow::touchpoint).containsExactly("payments.authorise");
    assertThat(payments.journeys().get(0).instances()).as("the early checkout too: no time range").isEqualTo(3);
    assertThat(payments.ranButUndeclared()).as("no maps given: nothing to compare with").isEmpty();
  }
}
