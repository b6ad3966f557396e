package dev.touchpoint.propagation;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.touchpoint.Customer;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.CxAttributes;
import dev.touchpoint.Experience;
import dev.touchpoint.InboundCustomerPolicy;
import dev.touchpoint.ServingScope;
import dev.touchpoint.TouchpointDefinition;
import dev.touchpoint.runtime.Pseudonyms;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two real HTTP services in one test: checkout calls billing over HTTP, propagating with
 * OpenTelemetry's W3C propagators. Billing's touchpoints report the shopper checkout served.
 */
class TwoServicesTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  static final TouchpointDefinition PLACE_ORDER =
      Experience.touchpoint("checkout.place-order", CustomerKind.EXTERNAL).customer("shopper").build();
  static final TouchpointDefinition CHARGE =
      Experience.touchpoint("billing.charge", CustomerKind.INTERNAL).customer("checkout-service").build();

  HttpServer billing;
  HttpClient client = HttpClient.newHttpClient();
  volatile boolean billingTrustsItsCaller;
  volatile Customer billingServesLocally;

  @BeforeEach
  void startBilling() throws Exception {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
    Experience.usePseudonymKey("checkout-and-billing-share-this-key".getBytes(StandardCharsets.UTF_8));
    Experience.useInboundCustomerPolicy(InboundCustomerPolicy.defaults());
    billing = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    billing.createContext("/charge", this::charge);
    billing.start();
  }

  @AfterEach
  void stopBilling() {
    billing.stop(0);
    Experience.usePseudonymKey(null);
    Experience.useInboundCustomerPolicy(InboundCustomerPolicy.defaults());
  }

  /** Billing's handler: extract what the caller propagated, then run the touchpoint. */
  void charge(HttpExchange exchange) throws java.io.IOException {
    Context inbound = propagator().extract(Context.root(), exchange, HEADERS);
    if (billingTrustsItsCaller) {
      try (Scope scope = inbound.makeCurrent(); ServingScope trusted = Experience.fromTrustedPeer()) {
        CHARGE.run(() -> {});
      }
    } else if (billingServesLocally != null) {
      try (Scope scope = inbound.makeCurrent(); ServingScope local = Experience.serving(billingServesLocally)) {
        CHARGE.run(() -> {});
      }
    } else {
      try (Scope scope = inbound.makeCurrent()) {
        CHARGE.run(() -> {});
      }
    }
    exchange.sendResponseHeaders(204, -1);
    exchange.close();
  }

  /** Checkout's side: a touchpoint that calls billing, injecting the current context. */
  void checkoutCallsBilling() throws Exception {
    PLACE_ORDER.run(() -> {
      HttpRequest.Builder request = HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + billing.getAddress().getPort() + "/charge"));
      propagator().inject(Context.current(), request, HttpRequest.Builder::header);
      client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    });
  }

  SpanData span(String name) {
    return otel.getSpans().stream().filter(span -> span.getName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void theDownstreamTouchpointReportsTheUpstreamEndCustomerInTheSameTrace() throws Exception {
    try (ServingScope shopper = Experience.serving(Customer.external("shopper").withId("customer-4711"))) {
      checkoutCallsBilling();
    }

    SpanData charge = span("billing.charge");
    SpanData placeOrder = span("checkout.place-order");
    assertThat(charge)
        .hasTraceId(placeOrder.getTraceId())
        .hasParentSpanId(placeOrder.getSpanId())
        .hasAttribute(CxAttributes.CUSTOMER_KIND, "internal")
        .hasAttribute(CxAttributes.END_CUSTOMER_KIND, "external")
        .hasAttribute(CxAttributes.END_CUSTOMER_SEGMENT, "shopper");
    assertThat(charge.getAttributes().get(CxAttributes.ENDUSER_PSEUDO_ID)).as("the pseudonym stays in checkout").isNull();
    assertThat(placeOrder).hasAttribute(CxAttributes.ENDUSER_PSEUDO_ID, Pseudonyms.of("customer-4711"));
  }

  @Test
  void aTrustedPeerSharingTheKeyGetsThePseudonymWhenCheckoutSendsIt() throws Exception {
    billingTrustsItsCaller = true;
    System.setProperty(Pseudonyms.PROPAGATE_PROPERTY, "true");
    try (ServingScope shopper = Experience.serving(Customer.external("shopper").withId("customer-4711"))) {
      checkoutCallsBilling();
    } finally {
      System.clearProperty(Pseudonyms.PROPAGATE_PROPERTY);
    }

    assertThat(span("billing.charge")).hasAttribute(CxAttributes.ENDUSER_PSEUDO_ID, Pseudonyms.of("customer-4711"));
  }

  @Test
  void anInternalClaimFromAnUntrustedCallerIsIgnored() throws Exception {
    try (ServingScope finance = Experience.serving(Customer.internal("finance"))) {
      checkoutCallsBilling();
    }

    assertThat(span("billing.charge").getAttributes().get(CxAttributes.END_CUSTOMER_KIND)).isNull();
    assertThat(span("checkout.place-order")).hasAttribute(CxAttributes.END_CUSTOMER_KIND, "internal");
  }

  @Test
  void anInternalClaimFromATrustedPeerIsHonoured() throws Exception {
    billingTrustsItsCaller = true;
    try (ServingScope finance = Experience.serving(Customer.internal("finance"))) {
      checkoutCallsBilling();
    }

    assertThat(span("billing.charge"))
        .hasAttribute(CxAttributes.END_CUSTOMER_KIND, "internal")
        .hasAttribute(CxAttributes.END_CUSTOMER_SEGMENT, "finance");
  }

  @Test
  void aServiceThatTrustsEveryCallerHonoursInternalClaims() throws Exception {
    Experience.useInboundCustomerPolicy(InboundCustomerPolicy.defaults().trustingEveryCaller());
    try (ServingScope partner = Experience.serving(Customer.partner("card-acquirer"))) {
      checkoutCallsBilling();
    }

    assertThat(span("billing.charge")).hasAttribute(CxAttributes.END_CUSTOMER_KIND, "partner");
  }

  @Test
  void aSegmentOutsideTheAllowListIsIgnored() throws Exception {
    Experience.useInboundCustomerPolicy(InboundCustomerPolicy.defaults().allowingSegments("merchant"));
    try (ServingScope shopper = Experience.serving(Customer.external("shopper"))) {
      checkoutCallsBilling();
    }

    assertThat(span("billing.charge").getAttributes().get(CxAttributes.END_CUSTOMER_KIND)).isNull();
  }

  @Test
  void strippedBaggageNeverLeavesTheProcess() throws Exception {
    try (ServingScope shopper = Experience.serving(Customer.external("shopper").withId("customer-4711"));
        ServingScope stripped = Experience.withoutCustomerBaggage()) {
      checkoutCallsBilling();
    }

    assertThat(span("billing.charge").getAttributes().asMap().keySet())
        .extracting(AttributeKey::getKey)
        .doesNotContain("cx.end_customer.kind", "cx.end_customer.segment", "enduser.pseudo.id");
    assertThat(span("checkout.place-order")).hasAttribute(CxAttributes.END_CUSTOMER_SEGMENT, "shopper");
  }

  @Test
  void aLocalServingScopeOverridesTheInboundOne() throws Exception {
    billingServesLocally = Customer.external("merchant");
    try (ServingScope shopper = Experience.serving(Customer.external("shopper"))) {
      checkoutCallsBilling();
    }

    assertThat(span("billing.charge")).hasAttribute(CxAttributes.END_CUSTOMER_SEGMENT, "merchant");
  }

  static TextMapPropagator propagator() {
    return otel.getOpenTelemetry().getPropagators().getTextMapPropagator();
  }

  static final TextMapGetter<HttpExchange> HEADERS = new TextMapGetter<>() {
    @Override
    @SuppressWarnings("deprecation") // deprecated in newer APIs, abstract in the older ones Touchpoint supports
    public Iterable<String> keys(HttpExchange exchange) {
      return exchange.getRequestHeaders().keySet();
    }

    @Override
    public String get(HttpExchange exchange, String key) {
      return exchange.getRequestHeaders().getFirst(key);
    }

    @Override
    public java.util.Iterator<String> getAll(HttpExchange exchange, String key) {
      List<String> values = exchange.getRequestHeaders().get(key);
      return values == null ? java.util.Collections.emptyIterator() : values.iterator();
    }
  };
}
