package dev.touchpoint.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.Customer;
import dev.touchpoint.CxAttributes;
import dev.touchpoint.Experience;
import dev.touchpoint.InboundCustomerPolicy;
import dev.touchpoint.propagation.ServiceChain.Service;
import dev.touchpoint.runtime.Pseudonyms;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The promise of docs/end-customer.md, held for a chain of services rather than one: what a service
 * refuses never reaches the next hop, and a pseudonym is only ever one the service made under its
 * own key or one a peer it trusts made under that same key.
 */
class TrustAcrossHopsTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  static final byte[] KEY = "the-key-checkout-and-billing-share-01".getBytes(StandardCharsets.UTF_8);
  static final byte[] OTHER_KEY = "a-key-of-another-part-of-the-company".getBytes(StandardCharsets.UTF_8);
  static final Customer JANE = Customer.external("shopper").withId("jane.doe@example.com");

  @BeforeEach
  void recordIntoTestSdk() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
    ServiceChain.reset();
  }

  @AfterEach
  void backToDefaults() {
    ServiceChain.reset();
  }

  @Test
  void aClaimTheEdgeRejectsNeverReachesTheNextHopHoweverTheNextIsConfigured() {
    ServiceChain chain = new ServiceChain(Service.named("edge"), Service.named("middle").trustingItsCaller(),
        Service.named("back").withPolicy(InboundCustomerPolicy.defaults().trustingEveryCaller()));

    chain.call(ServiceChain.baggage("cx.customer.kind=internal,cx.customer.segment=finance"));

    assertThat(otel.getSpans()).extracting(span -> span.getAttributes().get(CxAttributes.END_CUSTOMER_KIND))
        .containsOnlyNulls();
    assertThat(chain.headersReceived.get(1).getOrDefault("baggage", "")).doesNotContain("cx.customer");
  }

  @Test
  void withTouchpointsPropagatorNothingRefusedLeavesEvenFromOutsideATouchpoint() {
    ServiceChain chain = new ServiceChain(Service.named("edge").admittingAtTheEdge().callingOutsideItsTouchpoint(),
        Service.named("middle").trustingItsCaller());

    chain.call(ServiceChain.baggage("cx.customer.kind=partner,cx.customer.segment=acquirer,enduser.pseudo.id="
        + "0123456789abcdef0123456789abcdef,other=kept"));

    assertThat(chain.headersReceived.get(1).get("baggage")).doesNotContain("cx.customer", "enduser.pseudo.id")
        .contains("other=kept");
    assertThat(span("middle.handle").getAttributes().get(CxAttributes.END_CUSTOMER_KIND)).isNull();
  }

  @Test
  void aCallerMarkedTrustedAfterExtractionIsJudgedAgainAsTrusted() {
    ServiceChain chain = new ServiceChain(Service.named("billing").admittingAtTheEdge().trustingItsCaller()
        .callingOutsideItsTouchpoint(), Service.named("ledger").trustingItsCaller());

    chain.call(ServiceChain.baggage("cx.customer.kind=internal,cx.customer.segment=finance"));

    assertThat(otel.getSpans()).extracting(span -> span.getAttributes().get(CxAttributes.END_CUSTOMER_KIND))
        .containsOnly("internal");
    assertThat(chain.headersReceived.get(1).get("baggage")).contains("cx.customer.kind=internal");
  }

  @Test
  void whatTheEdgeAcceptsGoesOnAsAccepted() {
    ServiceChain chain = new ServiceChain(Service.named("edge"), Service.named("middle").trustingItsCaller());

    chain.call(ServiceChain.baggage("cx.customer.kind=external,cx.customer.segment=shopper,other=kept"));

    assertThat(otel.getSpans()).allSatisfy(span -> assertThat(span.getAttributes().get(CxAttributes.END_CUSTOMER_SEGMENT))
        .isEqualTo("shopper"));
    assertThat(chain.headersReceived.get(1).get("baggage")).contains("other=kept");
  }

  @Test
  void aTrustedChainKeepsItsInternalClaimAndPseudonymEndToEnd() {
    Map<String, String> sent = ServiceChain.sentBy(Customer.internal("finance").withId("ledger-7"), KEY, true);
    ServiceChain chain = new ServiceChain(
        Service.named("billing").trustingItsCaller().withKey(KEY).sendingThePseudonym(),
        Service.named("ledger").trustingItsCaller().withKey(KEY));

    chain.call(sent);

    Experience.usePseudonymKey(KEY);
    String expected = Pseudonyms.of("ledger-7");
    assertThat(otel.getSpans()).hasSize(2).allSatisfy(span -> {
      assertThat(span.getAttributes().get(CxAttributes.END_CUSTOMER_KIND)).isEqualTo("internal");
      assertThat(span.getAttributes().get(CxAttributes.ENDUSER_PSEUDO_ID)).isEqualTo(expected);
    });
  }

  @Test
  void withoutAKeyNoIdOfAnyKindIsRecordedNotEvenOneReceived() {
    Map<String, String> sent = ServiceChain.sentBy(JANE, KEY, true);

    new ServiceChain(Service.named("billing").trustingItsCaller()).call(sent);

    assertThat(pseudonymOf(span("billing.handle"))).isNull();
    assertThat(span("billing.handle").getAttributes().get(CxAttributes.END_CUSTOMER_SEGMENT)).isEqualTo("shopper");
  }

  @Test
  void aPseudonymMadeUnderAnotherKeyIsDropped() {
    Map<String, String> sent = ServiceChain.sentBy(JANE, OTHER_KEY, true);

    new ServiceChain(Service.named("billing").trustingItsCaller().withKey(KEY)).call(sent);

    assertThat(pseudonymOf(span("billing.handle"))).isNull();
  }

  @Test
  void anUntrustedCallerCannotReplaySomeonesPseudonym() {
    Map<String, String> sent = ServiceChain.sentBy(JANE, KEY, true);

    new ServiceChain(Service.named("billing").withKey(KEY)).call(sent);

    assertThat(pseudonymOf(span("billing.handle"))).isNull();
    assertThat(span("billing.handle").getAttributes().get(CxAttributes.END_CUSTOMER_SEGMENT)).isEqualTo("shopper");
  }

  @Test
  void onlyTheExactFormTouchpointEmitsIsAPseudonym() {
    Map<String, String> genuine = ServiceChain.sentBy(JANE, KEY, true);
    String header = genuine.get("baggage");
    String pseudonym = header.replaceAll(".*enduser\\.pseudo\\.id=([0-9a-f]+).*", "$1");
    for (String clearId : new String[] {"4915112345678", "4111111111111111", "123e4567-e89b-12d3-a456-426614174000",
        pseudonym.toUpperCase(), pseudonym.substring(1), pseudonym + "0"}) {
      otel.clearSpans();
      new ServiceChain(Service.named("billing").trustingItsCaller().withKey(KEY))
          .call(Map.of("baggage", header.replace(pseudonym, clearId)));

      assertThat(pseudonymOf(span("billing.handle"))).as(clearId).isNull();
    }
  }

  @Test
  void thePseudonymStaysInTheServiceUnlessItIsToldToSendIt() {
    Map<String, String> byDefault = ServiceChain.sentBy(JANE, KEY, false);
    Map<String, String> whenSent = ServiceChain.sentBy(JANE, KEY, true);

    assertThat(byDefault.get("baggage")).contains("cx.customer.segment=shopper").doesNotContain("enduser.pseudo.id");
    assertThat(whenSent.get("baggage")).contains("enduser.pseudo.id=");
  }

  @Test
  void aKeyShorterThan32BytesIsRefusedInOneLineAndNoIdIsRecorded() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      Experience.usePseudonymKey(new byte[] {7});
    } finally {
      System.setErr(original);
    }

    assertThat(Pseudonyms.of("jane.doe@example.com")).isNull();
    assertThat(log.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains("Touchpoint")))
        .containsExactly("[main] WARN dev.touchpoint - Touchpoint refuses a pseudonym key of 1 byte: a key must be"
            + " at least 32 bytes of random data (make one with: openssl rand -base64 32). Until one is set, no"
            + " customer id of any kind reaches telemetry.");
  }

  @Test
  void aPercentEncodedKindIsThatKindAsW3cBaggageDefinesIt() {
    String encoded = "cx.customer.kind=%69nternal,cx.customer.segment=finance";

    new ServiceChain(Service.named("untrusting")).call(ServiceChain.baggage(encoded));
    new ServiceChain(Service.named("trusting").trustingItsCaller()).call(ServiceChain.baggage(encoded));

    assertThat(span("untrusting.handle").getAttributes().get(CxAttributes.END_CUSTOMER_KIND)).isNull();
    assertThat(span("trusting.handle").getAttributes().get(CxAttributes.END_CUSTOMER_KIND)).isEqualTo("internal");
  }

  private static SpanData span(String name) {
    return otel.getSpans().stream().filter(span -> span.getName().equals(name)).findFirst().orElseThrow();
  }

  private static String pseudonymOf(SpanData span) {
    return span.getAttributes().get(CxAttributes.ENDUSER_PSEUDO_ID);
  }
}
