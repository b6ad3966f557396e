package dev.touchpoint.report;

import static dev.touchpoint.report.SpanBuilder.span;

import dev.touchpoint.report.trace.TraceSpan;
import dev.touchpoint.slo.model.DeclaredTouchpoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A small shop's traces where every number of the report is known. */
final class ShopTraces {

  private ShopTraces() {}

  /**
   * Two checkouts, one right first time and one that broke "fast" at the storefront and needed a
   * recovery at payments; a loyalty call with no journey; and a checkout before the report's range.
   */
  static List<TraceSpan> spans() {
    List<SpanBuilder> spans = new ArrayList<>();
    spans.addAll(checkout("t1", 10_000, 100, false));
    spans.addAll(checkout("t2", 20_000, 500, true));
    spans.add(span("t3", "l1", null, "loyalty").touchpoint("points.balance", "external", "shopper")
        .promises("fast").attribute("cx.owner", "loyalty-team").at(30_000, 20));
    spans.addAll(checkout("t0", 1_000, 100, false));
    return spans.stream().map(SpanBuilder::build).toList();
  }

  private static List<SpanBuilder> checkout(String trace, long start, long millis, boolean troubled) {
    SpanBuilder placeOrder = span(trace, "a1", null, "storefront")
        .touchpoint("checkout.place-order", "external", "shopper").journey("checkout")
        .promises("fast", "right-first-time").attribute("cx.owner", "checkout-team")
        .attribute("cx.control.time_share", troubled ? 0.8 : 0.2)
        .attribute("cx.end_customer.kind", "external").attribute("cx.end_customer.segment", "shopper")
        .at(start, millis);
    SpanBuilder authorise = span(trace, "b2", "b1", "payments")
        .touchpoint("payments.authorise", "internal", "checkout").journey("checkout")
        .promises("fast", "right-first-time").attribute("cx.owner", "payments-team")
        .attribute("cx.end_customer.kind", "external").attribute("cx.end_customer.segment", "shopper")
        .at(start + 10, millis / 2);
    List<SpanBuilder> spans = new ArrayList<>(Arrays.asList(placeOrder,
        span(trace, "a2", "a1", "storefront").at(start + 5, millis - 10),
        span(trace, "b1", "a2", "payments").at(start + 8, millis / 2 + 5), authorise));
    if (troubled) {
      placeOrder.broke("fast");
      authorise.broke("right-first-time");
      spans.add(span(trace, "b3", "b2", "payments").recovery("payments.retry-backup-acquirer").at(start + 20, 30));
    }
    return spans;
  }

  /** What the storefront's experience map declares: the checkout, and a catalogue that never runs. */
  static List<DeclaredTouchpoint> storefrontMap() {
    return List.of(
        new DeclaredTouchpoint("checkout.place-order", "external", "shopper", "checkout", "checkout-team",
            List.of("fast", "right-first-time"), Arrays.asList("300ms", null), "storefront.jar"),
        new DeclaredTouchpoint("catalog.browse", "external", "shopper", null, "catalog-team", List.of("fast"),
            List.of("2s"), "storefront.jar"));
  }
}
