package dev.touchpoint.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.spring.app.Calls;
import dev.touchpoint.spring.app.Loyalty;
import dev.touchpoint.spring.app.ShopApplication;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A servlet application with Spring Boot's own OpenTelemetry support, started for real and called
 * over HTTP: touchpoints record into its OpenTelemetry bean, inside the request's span; the beans
 * are created in their generated form behind Spring's transaction proxy; untrusted callers cannot
 * claim an internal end customer; calls to untrusted hosts carry no end customer; the actuator
 * serves the experience map.
 */
class ServletApplicationTest {

  static final String CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  static final String CALLER_SPAN = "00f067aa0ba902b7";
  static final AttributeKey<String> END_CUSTOMER_KIND = AttributeKey.stringKey("cx.end_customer.kind");
  static final AttributeKey<String> END_CUSTOMER_SEGMENT = AttributeKey.stringKey("cx.end_customer.segment");

  static ConfigurableApplicationContext app;
  static InMemorySpanExporter spans;

  @BeforeAll
  static void start() {
    CapturedLog.clear();
    app = Apps.start(WebApplicationType.SERVLET, List.of(ShopApplication.class),
        "touchpoint.outbound.trusted-hosts=127.0.0.1", "shop.points.multiplier=4");
    spans = app.getBean(InMemorySpanExporter.class);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @BeforeEach
  void forgetEarlierSpans() {
    spans.reset();
  }

  @Test
  void oneStartUpLineSaysTouchpointsRecordIntoTheApplicationsOpenTelemetryBean() {
    assertThat(CapturedLog.lines()).contains("INFO Touchpoint: touchpoints record into the application's"
        + " OpenTelemetry bean 'openTelemetrySdk' (Spring Boot's OpenTelemetry support).");
  }

  @Test
  void touchpointsRecordIntoTheBeanInsideTheRequestsSpan() throws Exception {
    String body = Apps.get(app, "/orders/7", "traceparent", "00-" + CALLER_TRACE + "-" + CALLER_SPAN + "-01");

    assertThat(body).isEqualTo("order 7 with points");
    SpanData server = serverSpanOf(CALLER_TRACE);
    SpanData orders = named("orders.show");
    SpanData loyalty = named("loyalty.add-points");
    assertThat(List.of(server, orders, loyalty)).extracting(SpanData::getTraceId).containsOnly(CALLER_TRACE);
    assertThat(server.getParentSpanId()).isEqualTo(CALLER_SPAN);
    assertThat(orders.getParentSpanId()).isEqualTo(server.getSpanId());
    assertThat(loyalty.getParentSpanId()).isEqualTo(orders.getSpanId());
    assertThat(loyalty.getAttributes().get(AttributeKey.stringKey("cx.owner"))).isEqualTo("loyalty-team");
  }

  @Test
  void beansAreCreatedInTheirGeneratedFormBehindSpringsTransactionProxy() {
    Loyalty loyalty = app.getBean(Loyalty.class);

    assertThat(AopUtils.isAopProxy(loyalty)).isTrue();
    assertThat(AopUtils.getTargetClass(loyalty).getName()).isEqualTo("dev.touchpoint.spring.app.LoyaltyTouchpoints");
    assertThat(loyalty.addPoints("a-1", 3)).as("ran inside a transaction").isTrue();
    assertThat(loyalty.multiplier()).as("@Value on the constructor's parameter").isEqualTo(4);
    // Only Touchpoint's: an earlier test's request span may end after its response, and land here.
    assertThat(spans.getFinishedSpanItems()).filteredOn(span -> span.getInstrumentationScopeInfo().getName()
        .equals("dev.touchpoint")).extracting(SpanData::getName).containsExactly("loyalty.add-points");
  }

  @Test
  void anUntrustedCallerMayClaimAnExternalEndCustomerButNotAnInternalOne() throws Exception {
    Apps.get(app, "/orders/8", "baggage", "cx.customer.kind=internal,cx.customer.segment=finance");
    SpanData spoofed = named("orders.show");
    spans.reset();
    Apps.get(app, "/orders/9", "baggage", "cx.customer.kind=external,cx.customer.segment=shopper");
    SpanData external = named("orders.show");

    assertThat(spoofed.getAttributes().get(END_CUSTOMER_KIND)).isNull();
    assertThat(named("loyalty.add-points").getAttributes().get(END_CUSTOMER_KIND)).isEqualTo("external");
    assertThat(external.getAttributes().get(END_CUSTOMER_KIND)).isEqualTo("external");
    assertThat(external.getAttributes().get(END_CUSTOMER_SEGMENT)).isEqualTo("shopper");
  }

  @Test
  void whatTheEdgeRefusesGoesNoFurtherEvenFromAHandlerWithoutTouchpoints() throws Exception {
    String spoofed = Apps.get(app, "/forward", "baggage", "cx.customer.kind=internal,cx.customer.segment=finance,k=v");
    String external = Apps.get(app, "/forward", "baggage", "cx.customer.kind=external,cx.customer.segment=shopper");

    assertThat(spoofed).isEqualTo("k=v");
    assertThat(external).contains("cx.customer.kind=external", "cx.customer.segment=shopper");
  }

  @Test
  void callsToUntrustedHostsCarryNoEndCustomer() {
    Calls calls = app.getBean(Calls.class);
    int port = Apps.port(app);

    String toTrusted = calls.baggageSentTo("http://127.0.0.1:" + port + "/baggage");
    String toUntrusted = calls.baggageSentTo("http://localhost:" + port + "/baggage");

    assertThat(toTrusted).contains("cx.customer.kind=external", "cx.customer.segment=shopper");
    assertThat(toUntrusted).isEqualTo("(no baggage)");
    assertThat(calls.baggageSentByRestTemplateTo("http://127.0.0.1:" + port + "/baggage"))
        .contains("cx.customer.kind=external");
    assertThat(calls.baggageSentByRestTemplateTo("http://localhost:" + port + "/baggage")).isEqualTo("(no baggage)");
    assertThat(calls.baggageSentByWebClientTo("http://localhost:" + port + "/baggage")).isEqualTo("(no baggage)");
  }

  @Test
  void theCxMetricsAreRecordedIntoTheApplicationsMeterProvider() throws Exception {
    Apps.get(app, "/orders/10");

    MetricData duration = app.getBean(InMemoryMetricReader.class).collectAllMetrics().stream()
        .filter(metric -> metric.getName().equals("cx.touchpoint.duration")).findFirst().orElseThrow();
    assertThat(duration.getData().getPoints()).extracting(point -> point.getAttributes().get(
        AttributeKey.stringKey("cx.touchpoint"))).contains("orders.show", "loyalty.add-points");
  }

  @Test
  void theActuatorServesTheExperienceMapAndSaysWhatTouchpointRecordsInto() throws Exception {
    String touchpoints = Apps.get(app, "/actuator/touchpoints");
    String info = Apps.get(app, "/actuator/info");

    assertThat(touchpoints).contains("\"recordsInto\":\"the application's OpenTelemetry bean 'openTelemetrySdk'"
        + " (Spring Boot's OpenTelemetry support)\"", "\"name\":\"orders.show\"", "\"name\":\"loyalty.add-points\"",
        "\"owner\":\"loyalty-team\"");
    assertThat(info).contains("\"touchpoint\":{\"recordsInto\":\"the application's OpenTelemetry bean"
        + " 'openTelemetrySdk' (Spring Boot's OpenTelemetry support)\",\"touchpoints\":");
  }

  /** The request's span in {@code trace}; Spring ends it after the response is sent, so it may come last. */
  private static SpanData serverSpanOf(String trace) throws InterruptedException {
    for (int waited = 0; waited < 100; waited++) {
      var server = spans.getFinishedSpanItems().stream()
          .filter(span -> span.getKind() == SpanKind.SERVER && span.getTraceId().equals(trace)).findFirst();
      if (server.isPresent()) {
        return server.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no server span of trace " + trace + " in " + spans.getFinishedSpanItems());
  }

  static SpanData named(String name) {
    List<SpanData> found = spans.getFinishedSpanItems().stream().filter(span -> span.getName().equals(name)).toList();
    assertThat(found).as("spans named %s in %s", name, spans.getFinishedSpanItems()).hasSize(1);
    return found.get(0);
  }
}
