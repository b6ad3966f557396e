package dev.touchpoint.runtime;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Experience;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.context.SettableContextStorageProvider;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Under a context storage that knows only the contexts it made, as the OpenTelemetry Java agent's
 * bridge does, touchpoints nest and the spans made inside them (an HTTP client's) stay in one trace:
 * every context the runtime makes current is derived, through the public API, from the current one.
 */
class ForeignContextStorageTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  static final TouchpointDescriptor FRONT = TouchpointDescriptor.builder("front.handle", CustomerKind.EXTERNAL)
      .code("web.Front", "handle", "(Ljava/lang/String;)Ljava/lang/String;").build();
  static final TouchpointDescriptor BACK = TouchpointDescriptor.builder("back.handle", CustomerKind.INTERNAL)
      .code("web.Back", "handle", "(Ljava/lang/String;)Ljava/lang/String;").build();
  static final ContextKey<String> TENANT = ContextKey.named("tenant");

  final AgentBridgeLikeStorage storage = new AgentBridgeLikeStorage();
  ContextStorage before;

  @BeforeEach
  void installTheStorage() {
    before = SettableContextStorageProvider.getContextStorage();
    SettableContextStorageProvider.setContextStorage(storage);
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
  }

  @AfterEach
  void restoreTheStorage() {
    SettableContextStorageProvider.setContextStorage(before);
  }

  @Test
  void nestedTouchpointsAndAClientSpanInsideThemAreOneTrace() {
    Span server = otel.getOpenTelemetry().getTracer("http-server").spanBuilder("GET /front")
        .setSpanKind(SpanKind.SERVER).startSpan();
    try (Scope request = server.makeCurrent()) {
      TouchpointCall front = TouchpointRuntime.begin(FRONT);
      TouchpointCall back = TouchpointRuntime.begin(BACK);
      otel.getOpenTelemetry().getTracer("http-client").spanBuilder("GET /back")
          .setSpanKind(SpanKind.CLIENT).startSpan().end();
      back.end();
      front.end();
    } finally {
      server.end();
    }

    assertThat(storage.unexpectedContexts()).isEmpty();
    List<SpanData> spans = otel.getSpans();
    SpanData client = named(spans, "GET /back");
    SpanData backSpan = named(spans, "back.handle");
    SpanData frontSpan = named(spans, "front.handle");
    assertThat(client).hasParentSpanId(backSpan.getSpanId()).hasTraceId(server.getSpanContext().getTraceId());
    assertThat(backSpan).hasParentSpanId(frontSpan.getSpanId()).hasTraceId(server.getSpanContext().getTraceId());
    assertThat(frontSpan).hasParentSpanId(server.getSpanContext().getSpanId());
  }

  @Test
  void whatTheApplicationPutsInTheContextInsideACallReachesNestedCallsAndEndsWithThem() {
    TouchpointCall front = TouchpointRuntime.begin(FRONT);
    String tenantInside;
    try (Scope tenant = Context.current().with(TENANT, "acme").makeCurrent()) {
      TouchpointCall back = TouchpointRuntime.begin(BACK);
      tenantInside = Context.current().get(TENANT);
      back.end();
    }
    front.end();

    assertThat(storage.unexpectedContexts()).isEmpty();
    assertThat(tenantInside).isEqualTo("acme");
    assertThat(named(otel.getSpans(), "back.handle")).hasParentSpanId(named(otel.getSpans(), "front.handle").getSpanId());
    assertThat(Context.current()).isSameAs(storage.root());
  }

  private static SpanData named(List<SpanData> spans, String name) {
    return spans.stream().filter(span -> span.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no span " + name + " in " + spans));
  }
}
