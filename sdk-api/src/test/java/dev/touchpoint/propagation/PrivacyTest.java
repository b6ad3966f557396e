package dev.touchpoint.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.Customer;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.CxAttributes;
import dev.touchpoint.Experience;
import dev.touchpoint.ServingScope;
import dev.touchpoint.TouchpointDefinition;
import dev.touchpoint.runtime.Pseudonyms;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A customer's id reaches no span, log line or metric in clear: only a keyed pseudonym, only with a key. */
class PrivacyTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  static final String CLEAR_ID = "jane.doe@example.com";
  static final byte[] KEY_ONE = "0123456789abcdef0123456789abcdef-one".getBytes(StandardCharsets.UTF_8);
  static final byte[] KEY_TWO = "0123456789abcdef0123456789abcdef-two".getBytes(StandardCharsets.UTF_8);
  static final TouchpointDefinition CHECKOUT = Experience.touchpoint("checkout.place-order", CustomerKind.EXTERNAL)
      .customer("shopper").promise("instant", "1ms").build();

  @BeforeEach
  void recordIntoTestSdk() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
  }

  @AfterEach
  void noKey() {
    Experience.usePseudonymKey(null);
  }

  @Test
  void theClearIdIsInNoSpanEventMetricOrLogLine() throws Exception {
    Experience.usePseudonymKey(KEY_ONE);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      Customer jane = Customer.external("shopper").withId(CLEAR_ID);
      try (ServingScope scope = Experience.serving(jane)) {
        CHECKOUT.run(() -> Thread.sleep(5));
        try {
          CHECKOUT.run(() -> { throw new IllegalStateException("declined for " + jane); });
        } catch (IllegalStateException expected) {
          // the application's own exception message mentions the customer, as applications do
        }
        assertThat(Baggage.current().getEntryValue("enduser.pseudo.id")).as("stays in the service by default").isNull();
      }
      // Hostile baggage that carries the id in clear as a "pseudonym" is dropped too.
      try (var scope = Context.root().with(Baggage.builder()
          .put("cx.customer.kind", "external").put("cx.customer.segment", "shopper")
          .put("enduser.pseudo.id", CLEAR_ID).build()).makeCurrent()) {
        CHECKOUT.run(() -> {});
      }
    } finally {
      System.setErr(original);
    }

    for (SpanData span : otel.getSpans()) {
      assertThat(span.getAttributes().toString()).doesNotContain(CLEAR_ID);
      span.getEvents().forEach(event -> assertThat(event.getAttributes().toString()).doesNotContain(CLEAR_ID));
    }
    for (MetricData metric : otel.getMetrics()) {
      assertThat(metric.getData().getPoints().toString()).doesNotContain(CLEAR_ID).doesNotContain("enduser");
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain(CLEAR_ID);
    assertThat(otel.getSpans().get(0).getAttributes().get(CxAttributes.ENDUSER_PSEUDO_ID)).isEqualTo(Pseudonyms.of(CLEAR_ID));
    assertThat(otel.getSpans().get(2).getAttributes().get(CxAttributes.ENDUSER_PSEUDO_ID)).isNull();
    assertThat(jane()).hasToString("external:shopper (id withheld)");
  }

  @Test
  void thePseudonymIsStableForAKeyAndDiffersAcrossKeys() {
    Experience.usePseudonymKey(KEY_ONE);
    String first = Pseudonyms.of(CLEAR_ID);
    String again = Pseudonyms.of(CLEAR_ID);
    Experience.usePseudonymKey(KEY_TWO);
    String otherKey = Pseudonyms.of(CLEAR_ID);

    assertThat(first).isEqualTo(again).matches("[0-9a-f]{32}").doesNotContain(CLEAR_ID);
    assertThat(otherKey).isNotEqualTo(first);
    assertThat(Pseudonyms.of("someone.else@example.com")).isNotEqualTo(otherKey);
  }

  @Test
  void withoutAKeyThereIsNoIdAtAll() {
    try (ServingScope scope = Experience.serving(jane())) {
      CHECKOUT.run(() -> {});
      assertThat(Baggage.current().getEntryValue("enduser.pseudo.id")).isNull();
    }

    assertThat(otel.getSpans().get(0).getAttributes().get(CxAttributes.ENDUSER_PSEUDO_ID)).isNull();
    assertThat(otel.getSpans().get(0).getAttributes().get(CxAttributes.END_CUSTOMER_SEGMENT)).isEqualTo("shopper");
  }

  @Test
  void aCustomersIdIsTheApplicationsToReadNotTelemetrys() {
    assertThat(jane().id()).contains(CLEAR_ID);
    assertThat(Experience.endCustomer()).isEmpty();
    try (ServingScope scope = Experience.serving(jane())) {
      assertThat(Experience.endCustomer()).hasValueSatisfying(customer -> assertThat(customer.id()).isEmpty());
    }
  }

  static Customer jane() {
    return Customer.external("shopper").withId(CLEAR_ID);
  }
}
