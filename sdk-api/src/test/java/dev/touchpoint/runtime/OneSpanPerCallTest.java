package dev.touchpoint.runtime;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.CxAttributes;
import dev.touchpoint.Experience;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Generated code and the agent may both instrument one call, and an override may call the method
 * it overrides: each is one span. Different touchpoints still nest, and so do different classes'
 * methods that share a name and descriptor, and the same method on another object.
 */
class OneSpanPerCallTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  static final TouchpointDescriptor GENERATED = TouchpointDescriptor.builder("payments.authorise", CustomerKind.PARTNER)
      .code("com.shop.Payments", "authorise", "(J)J").build();
  static final TouchpointDescriptor AGENT = TouchpointDescriptor.builder("payments.authorise", CustomerKind.PARTNER)
      .code("com.shop.Payments", "authorise", "(J)J").build();
  static final TouchpointDescriptor OVERRIDE = TouchpointDescriptor.builder("premium.authorise", CustomerKind.PARTNER)
      .code("com.shop.PremiumPayments", "authorise", "(J)J").build();
  static final TouchpointDescriptor OTHER = TouchpointDescriptor.builder("payments.refund", CustomerKind.PARTNER)
      .code("com.shop.Payments", "refund", "(J)J").build();

  @BeforeEach
  void recordIntoTestSdk() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
  }

  /** The application's objects: a payments service and a subclass that overrides authorise. */
  static class Payments {}

  static class PremiumPayments extends Payments {}

  @Test
  void theSameTouchpointInstrumentedTwiceIsOneSpan() {
    Payments payments = new Payments();
    TouchpointCall outer = TouchpointRuntime.begin(GENERATED, payments);
    TouchpointCall inner = TouchpointRuntime.begin(AGENT, payments);
    inner.end();
    outer.end();

    assertThat(inner.isRecorded()).isFalse();
    assertThat(otel.getSpans()).hasSize(1);
  }

  @Test
  void theSameStaticMethodInstrumentedTwiceIsOneSpan() {
    TouchpointCall outer = TouchpointRuntime.begin(GENERATED);
    TouchpointCall inner = TouchpointRuntime.begin(AGENT);
    inner.end();
    outer.end();

    assertThat(inner.isRecorded()).isFalse();
    assertThat(otel.getSpans()).hasSize(1);
  }

  @Test
  void anOverrideCallingTheMethodItOverridesIsOneSpan() {
    Payments premium = new PremiumPayments();
    TouchpointCall override = TouchpointRuntime.begin(OVERRIDE, premium);
    TouchpointRuntime.begin(GENERATED, premium).end();
    override.end();

    assertThat(otel.getSpans()).extracting(SpanData::getName).containsExactly("premium.authorise");
  }

  @Test
  void theSameMethodOnAnotherObjectIsItsOwnSpan() {
    TouchpointCall outer = TouchpointRuntime.begin(GENERATED, new Payments());
    TouchpointRuntime.begin(AGENT, new Payments()).end();
    outer.end();

    assertThat(otel.getSpans()).hasSize(2);
  }

  @Test
  void differentTouchpointsStillNest() {
    TouchpointCall outer = TouchpointRuntime.begin(GENERATED);
    TouchpointRuntime.begin(OTHER).end();
    outer.end();

    assertThat(otel.getSpans()).extracting(SpanData::getName)
        .containsExactly("payments.refund", "payments.authorise");
  }

  @Test
  void anotherClassesMethodWithTheSameNameAndDescriptorIsItsOwnSpan() {
    TouchpointDescriptor front = TouchpointDescriptor.builder("front.handle", CustomerKind.EXTERNAL)
        .code("web.Front", "handle", "(Ljava/lang/String;)Ljava/lang/String;").build();
    TouchpointDescriptor back = TouchpointDescriptor.builder("back.handle", CustomerKind.INTERNAL)
        .code("web.Back", "handle", "(Ljava/lang/String;)Ljava/lang/String;").build();

    TouchpointCall outer = TouchpointRuntime.begin(front);
    TouchpointRuntime.begin(back).end();
    outer.end();

    assertThat(otel.getSpans()).extracting(SpanData::getName).containsExactly("back.handle", "front.handle");
  }

  @Test
  void afterTheCallEndsTheSameTouchpointIsANewSpan() {
    TouchpointRuntime.begin(GENERATED).end();
    TouchpointRuntime.begin(AGENT).end();

    assertThat(otel.getSpans()).hasSize(2);
  }

  @Test
  void theSameTouchpointOnAnotherThreadIsItsOwnCall() throws Exception {
    var pool = Executors.newSingleThreadExecutor();
    try {
      TouchpointCall outer = TouchpointRuntime.begin(GENERATED);
      pool.submit(Context.current().wrap(() -> TouchpointRuntime.begin(AGENT).end()))
          .get(5, TimeUnit.SECONDS);
      outer.end();
    } finally {
      pool.shutdownNow();
    }

    assertThat(otel.getSpans()).hasSize(2);
  }

  @Test
  void aRecoveryPathIsItsOwnSpan() {
    RecoveryDescriptor retry = RecoveryDescriptor.builder("payments.retry")
        .code("com.shop.Payments", "retry", "(J)J").build();

    TouchpointCall outer = TouchpointRuntime.begin(GENERATED);
    TouchpointRuntime.beginRecovery(retry).end();
    outer.end();

    SpanData recovery = otel.getSpans().get(0);
    assertThat(recovery)
        .hasName("payments.retry")
        .hasParentSpanId(otel.getSpans().get(1).getSpanId())
        .hasAttribute(CxAttributes.RECOVERY, "payments.retry")
        .hasAttribute(CallDescriptor.CODE_FUNCTION_NAME, "com.shop.Payments.retry");
  }
}
