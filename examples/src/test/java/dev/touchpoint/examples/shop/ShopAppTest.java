package dev.touchpoint.examples.shop;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.CxAttributes;
import dev.touchpoint.Experience;
import dev.touchpoint.examples.console.ConsoleSpanPrinter;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's main command runs this app; this keeps what it shows true. */
class ShopAppTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @BeforeEach
  void recordIntoTestSdk() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
  }

  @Test
  void everyTouchpointCallBecomesASpanSayingWhoItServed() {
    new ShopApp(new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

    List<SpanData> spans = otel.getSpans();
    assertThat(spans).extracting(SpanData::getName).containsExactly(
        "payments.authorise", "checkout.place-order",
        "payments.authorise", "checkout.place-order",
        "ledger.reconcile");
    SpanData authorise = spans.get(0);
    assertThat(authorise)
        .hasParentSpanId(spans.get(1).getSpanId())
        .hasAttribute(CxAttributes.CUSTOMER_KIND, "partner")
        .hasAttribute(CxAttributes.END_CUSTOMER_KIND, "external")
        .hasAttribute(CxAttributes.END_CUSTOMER_SEGMENT, "shopper");
    assertThat(spans.get(3).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(spans.get(4))
        .hasAttribute(CxAttributes.CUSTOMER_KIND, "internal")
        .hasAttribute(CxAttributes.CUSTOMER_SEGMENT, "finance");
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("receipt for order-1", "declined: nothing to charge for order-2", "reconciled 2 orders");
  }

  @Test
  void theConsoleLineShowsTheSpanAndItsCxAttributes() {
    new ShopApp(new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

    String line = ConsoleSpanPrinter.line(otel.getSpans().get(1));
    assertThat(line)
        .startsWith("span checkout.place-order")
        .contains("cx.customer.kind=external", "cx.customer.segment=shopper",
            "cx.end_customer.segment=shopper", "cx.promises=[fast, right-first-time]")
        .doesNotContain("cx.touchpoint=");
  }
}
