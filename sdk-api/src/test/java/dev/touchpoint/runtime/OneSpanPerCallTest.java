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
 * it overrides: each is one span. Different touchpoints still nest.
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

  @Test
  void theSameTouchpointInstrumentedTwiceIsOneSpan() {
    TouchpointCall outer = TouchpointRuntime.begin(GENERATED);
    TouchpointCall inner = TouchpointRuntime.begin(AGENT);
    inner.end();
    outer.end();

    assertThat(inner.isRecorded()).isFalse();
    assertThat(otel.getSpans()).hasSize(1);
  }

  @Test
  void anOverrideCallingTheMethodItOverridesIsOneSpan() {
    TouchpointCall override = TouchpointRuntime.begin(OVERRIDE);
    TouchpointRuntime.begin(GENERATED).end();
    override.end();

    assertThat(otel.getSpans()).extracting(SpanData::getName).containsExactly("premium.authorise");
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
