package dev.touchpoint;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EndCustomerTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  static final ExecutorService pool = Executors.newSingleThreadExecutor();

  static final TouchpointDefinition CHARGE =
      Experience.touchpoint("billing.charge", CustomerKind.INTERNAL).customer("checkout-service").build();

  @BeforeEach
  void recordIntoTestSdk() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void touchpointsInsideAServingScopeReportTheEndCustomer() {
    try (ServingScope scope = Experience.serving(Customer.external("shopper"))) {
      CHARGE.run(() -> {});
    }

    assertThat(otel.getSpans().get(0))
        .hasAttribute(CxAttributes.CUSTOMER_KIND, "internal")
        .hasAttribute(CxAttributes.CUSTOMER_SEGMENT, "checkout-service")
        .hasAttribute(CxAttributes.END_CUSTOMER_KIND, "external")
        .hasAttribute(CxAttributes.END_CUSTOMER_SEGMENT, "shopper");
  }

  @Test
  void withoutAServingScopeThereIsNoEndCustomer() {
    CHARGE.run(() -> {});

    SpanData span = otel.getSpans().get(0);
    assertThat(span.getAttributes().get(CxAttributes.END_CUSTOMER_KIND)).isNull();
    assertThat(span.getAttributes().get(CxAttributes.END_CUSTOMER_SEGMENT)).isNull();
  }

  @Test
  void theScopeEndsWhenClosed() {
    try (ServingScope scope = Experience.serving(Customer.partner("carrier"))) {
      assertThat(Experience.endCustomer()).contains(Customer.partner("carrier"));
    }
    assertThat(Experience.endCustomer()).isEmpty();
  }

  @Test
  void anInnerScopeOverridesAndThenRestoresTheOuterOne() {
    try (ServingScope outer = Experience.serving(Customer.external("shopper"))) {
      try (ServingScope inner = Experience.serving(Customer.internal("finance"))) {
        assertThat(Experience.endCustomer()).contains(Customer.internal("finance"));
      }
      assertThat(Experience.endCustomer()).contains(Customer.external("shopper"));
    }
  }

  @Test
  void theEndCustomerFollowsTheContextToAnotherThread() throws Exception {
    try (ServingScope scope = Experience.serving(Customer.external("merchant"))) {
      pool.submit(Context.current().wrap(() -> CHARGE.run(() -> {}))).get(5, TimeUnit.SECONDS);
    }

    assertThat(otel.getSpans().get(0))
        .hasAttribute(CxAttributes.END_CUSTOMER_KIND, "external")
        .hasAttribute(CxAttributes.END_CUSTOMER_SEGMENT, "merchant");
  }

  @Test
  void theEndCustomerDoesNotLeakToAThreadTheContextWasNotPropagatedTo() throws Exception {
    Optional<Customer> seenElsewhere;
    try (ServingScope scope = Experience.serving(Customer.external("merchant"))) {
      seenElsewhere = pool.submit(Experience::endCustomer).get(5, TimeUnit.SECONDS);
      pool.submit(() -> CHARGE.run(() -> {})).get(5, TimeUnit.SECONDS);
    }

    assertThat(seenElsewhere).isEmpty();
    assertThat(otel.getSpans().get(0).getAttributes().get(CxAttributes.END_CUSTOMER_KIND)).isNull();
  }

  @Test
  void customersAreValues() {
    assertThat(Customer.external("shopper")).isEqualTo(Customer.of(CustomerKind.EXTERNAL, "shopper"));
    assertThat(Customer.external("shopper")).isNotEqualTo(Customer.internal("shopper"));
    assertThat(Customer.internal("finance").kind()).isEqualTo(CustomerKind.INTERNAL);
    assertThat(Customer.partner("carrier").segment()).isEqualTo("carrier");
    assertThat(Customer.external("shopper")).hasToString("external:shopper");
  }
}
