package dev.touchpoint.report;

import static dev.touchpoint.report.SpanBuilder.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.report.journey.JourneyInstance;
import dev.touchpoint.report.journey.Journeys;
import dev.touchpoint.report.trace.TraceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Journeys across services, on trace sets where the answer is known. */
class JourneysTest {

  /** The storefront's checkout, its HTTP call to payments, and payments' server span: the usual path. */
  static List<SpanBuilder> checkoutThroughPayments(String trace) {
    return List.of(
        span(trace, "a1", null, "storefront").touchpoint("checkout.place-order", "external", "shopper")
            .journey("checkout").attribute("cx.journey.first_time_right", true).at(1_000, 400),
        span(trace, "a2", "a1", "storefront").at(1_010, 380),
        span(trace, "b1", "a2", "payments").at(1_020, 360),
        span(trace, "b2", "b1", "payments").touchpoint("payments.authorise", "internal", "checkout")
            .journey("checkout").at(1_030, 340));
  }

  @Test
  void aRecoveryInADownstreamServiceMeansTheJourneyWasNotFirstTimeRight() {
    List<TraceSpan> spans = built(checkoutThroughPayments("t1"),
        span("t1", "b3", "b2", "payments").recovery("payments.retry-backup-acquirer").at(1_100, 200));

    JourneyInstance checkout = only(Journeys.of(spans));

    assertThat(checkout.entry().text("cx.journey.first_time_right")).as("what the storefront's own span says")
        .isEqualTo("true");
    assertThat(checkout.firstTimeRight()).isFalse();
    assertThat(checkout.recoveries()).extracting(TraceSpan::service, TraceSpan::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("payments", "payments.retry-backup-acquirer"));
    assertThat(checkout.services()).containsExactly("storefront", "payments");
    assertThat(checkout.customerKind() + " " + checkout.customerSegment()).isEqualTo("external shopper");
  }

  @Test
  void aPromiseBrokenTwoHopsDownInATouchpointWithoutAJourneyBreaksTheJourney() {
    List<TraceSpan> spans = built(checkoutThroughPayments("t2"),
        span("t2", "c1", "b2", "payments").at(1_040, 100),
        span("t2", "c2", "c1", "acquirer-gateway").at(1_045, 90),
        span("t2", "c3", "c2", "acquirer-gateway").touchpoint("acquirer.charge", "partner", "card-acquirer")
            .broke("right-first-time").at(1_050, 80));

    JourneyInstance checkout = only(Journeys.of(spans));

    assertThat(checkout.firstTimeRight()).isFalse();
    assertThat(checkout.brokenTouchpoints()).containsExactly("acquirer.charge");
    assertThat(checkout.touchpoints()).extracting(TraceSpan::name)
        .containsExactly("checkout.place-order", "payments.authorise", "acquirer.charge");
  }

  @Test
  void parallelBranchesBelongToOneJourneyAndOneBrokenBranchIsEnough() {
    List<TraceSpan> spans = built(List.of(
        span("t3", "a1", null, "storefront").touchpoint("checkout.place-order", "external", "shopper")
            .journey("checkout").at(1_000, 400),
        span("t3", "f1", "a1", "storefront").touchpoint("fraud.screen", "internal", "risk").journey("checkout")
            .broke("fast").at(1_010, 300),
        span("t3", "p1", "a1", "storefront").touchpoint("stock.reserve", "internal", "warehouse").journey("checkout")
            .at(1_010, 50)));

    JourneyInstance checkout = only(Journeys.of(spans));

    assertThat(checkout.entry().name()).isEqualTo("checkout.place-order");
    assertThat(checkout.touchpoints()).hasSize(3);
    assertThat(checkout.firstTimeRight()).isFalse();
    assertThat(checkout.brokenTouchpoints()).containsExactly("fraud.screen");
  }

  @Test
  void whenTheCallerExportedNothingTheDownstreamSpansStillFormTheJourney() {
    List<TraceSpan> spans = built(List.of(
        span("t4", "b1", "a2-missing", "payments").at(1_020, 360),
        span("t4", "b2", "b1", "payments").touchpoint("payments.authorise", "internal", "checkout")
            .journey("checkout").at(1_030, 340),
        span("t4", "r1", "x-missing", "payments").recovery("payments.retry-backup-acquirer").at(1_100, 200)));

    JourneyInstance checkout = only(Journeys.of(spans));

    assertThat(checkout.entry().name()).isEqualTo("payments.authorise");
    assertThat(checkout.recoveries()).as("a recovery whose parents are missing, given to the trace's only journey")
        .hasSize(1);
    assertThat(checkout.firstTimeRight()).isFalse();
  }

  @Test
  void aRecoveryCutOffInATraceOfTwoJourneysIsGivenToNeither() {
    List<TraceSpan> spans = built(List.of(
        span("t5", "a1", null, "storefront").touchpoint("checkout.place-order", "external", "shopper")
            .journey("checkout").at(1_000, 400),
        span("t5", "l1", null, "loyalty").touchpoint("points.balance", "external", "shopper")
            .journey("loyalty").at(2_000, 40),
        span("t5", "r1", "x-missing", "payments").recovery("payments.retry-backup-acquirer").at(1_100, 200)));

    List<JourneyInstance> journeys = Journeys.of(spans);

    assertThat(journeys).extracting(JourneyInstance::journey).containsExactly("checkout", "loyalty");
    assertThat(journeys).allSatisfy(journey -> assertThat(journey.firstTimeRight()).isTrue());
  }

  @Test
  void servicesWhoseClocksDisagreeAreJudgedByTheTraceNotTheTime() {
    // Payments' clock is five minutes behind the storefront's: its spans "start" before their caller.
    List<TraceSpan> spans = built(List.of(
        span("t6", "a1", null, "storefront").touchpoint("checkout.place-order", "external", "shopper")
            .journey("checkout").at(300_000, 400),
        span("t6", "a2", "a1", "storefront").at(300_010, 380),
        span("t6", "b2", "a2", "payments").touchpoint("payments.authorise", "internal", "checkout")
            .journey("checkout").broke("fast").at(30, 340)));

    JourneyInstance checkout = only(Journeys.of(spans));

    assertThat(checkout.entry().name()).as("the outermost by parent ids, not the earliest by clock")
        .isEqualTo("checkout.place-order");
    assertThat(checkout.brokenTouchpoints()).containsExactly("payments.authorise");
  }

  @Test
  void tracesWithoutAJourneyHaveNoJourneyInstances() {
    List<TraceSpan> spans = built(List.of(
        span("t7", "a1", null, "payments").touchpoint("finance.reconcile", "internal", "finance").at(1_000, 40),
        span("t7", "a2", "a1", "payments").recovery("payments.retry-backup-acquirer").at(1_010, 10)));

    assertThat(Journeys.of(spans)).isEmpty();
  }

  @Test
  void parentIdsThatLoopEndTheSearchInsteadOfHangingIt() {
    List<TraceSpan> spans = built(List.of(
        span("t8", "a1", "a2", "storefront").at(1_000, 10),
        span("t8", "a2", "a1", "storefront").at(1_000, 10),
        span("t8", "j1", null, "storefront").touchpoint("checkout.place-order", "external", "shopper")
            .journey("checkout").at(1_000, 400),
        span("t8", "a3", "a1", "storefront").touchpoint("stock.reserve", "internal", "warehouse").at(1_010, 50)));

    JourneyInstance checkout = only(Journeys.of(spans));

    assertThat(checkout.touchpoints()).extracting(TraceSpan::name).containsExactly("checkout.place-order");
  }

  static List<TraceSpan> built(List<SpanBuilder> spans, SpanBuilder... more) {
    List<TraceSpan> all = new java.util.ArrayList<>(spans.stream().map(SpanBuilder::build).toList());
    for (SpanBuilder span : more) {
      all.add(span.build());
    }
    return all;
  }

  private static JourneyInstance only(List<JourneyInstance> journeys) {
    assertThat(journeys).hasSize(1);
    return journeys.get(0);
  }
}
