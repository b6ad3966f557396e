package dev.touchpoint.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.spring.app.ShopApplication;
import dev.touchpoint.spring.plain.GiftCardsByHand;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code touchpoint.*} in the application's configuration: trusted peers may claim an internal end
 * customer; a key packaged with the application, a malformed segment or peer, and a bean Touchpoint
 * cannot instrument are each one line in the log, and the rest works.
 */
class ConfigurationTest {

  static ConfigurableApplicationContext app;

  @BeforeAll
  static void start() {
    CapturedLog.clear();
    app = Apps.start(WebApplicationType.SERVLET, List.of(ShopApplication.class, GiftCardsByHand.class),
        "spring.profiles.active=packagedkey",
        "touchpoint.inbound.trusted-peers=10.0.0.0/8,127.0.0.1,gateway.internal",
        "touchpoint.inbound.segments=finance,shopper,not a segment");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void aTrustedPeerMayClaimAnInternalEndCustomer() throws Exception {
    InMemorySpanExporter spans = app.getBean(InMemorySpanExporter.class);
    spans.reset();

    Apps.get(app, "/orders/8", "baggage", "cx.customer.kind=internal,cx.customer.segment=finance");

    SpanData orders = spans.getFinishedSpanItems().stream().filter(span -> span.getName().equals("orders.show"))
        .findFirst().orElseThrow();
    assertThat(orders.getAttributes().get(AttributeKey.stringKey("cx.end_customer.kind"))).isEqualTo("internal");
    assertThat(orders.getAttributes().get(AttributeKey.stringKey("cx.end_customer.segment"))).isEqualTo("finance");
  }

  @Test
  void whatCannotBeUsedIsOneLineEach() {
    assertThat(CapturedLog.lines()).contains(
        "WARN Touchpoint: ignored touchpoint.pseudonym.key from class path resource [application-packagedkey.yaml]:"
            + " a key packaged with the application is in every copy of it. Set it in the environment"
            + " (TOUCHPOINT_PSEUDONYM_KEY) or a file outside the application; until then no customer ids are"
            + " recorded, not even as pseudonyms.",
        "WARN Touchpoint: ignored touchpoint.inbound.segments entry 'not a segment': a segment is at most 64"
            + " letters, digits, '.', '_' or '-', such as \"shopper\" or \"support-agents\"",
        "WARN Touchpoint: ignored touchpoint.inbound.trusted-peers entry 'gateway.internal': write an IP address"
            + " (10.0.0.7, ::1) or a CIDR range (10.0.0.0/8, fd00::/8), never a host name",
        "WARN Touchpoint: bean 'giftCards' is a plain dev.touchpoint.spring.plain.GiftCards, so its touchpoints"
            + " record nothing. It is made by a @Bean method or registered by hand: create new"
            + " dev.touchpoint.spring.plain.GiftCardsTouchpoints(...) there instead, or weave the class at build"
            + " time (docs/build.md).");
  }
}
