package dev.touchpoint.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Experience;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Touchpoints nested as deep as the application's stack goes: a recursion that runs out of stack
 * inside touchpoints ends every span it started, records the overflow once rather than on every
 * enclosing span, and leaves the application's own error to reach the application.
 */
class DeepNestingTest {

  static final TouchpointDescriptor EVEN = TouchpointDescriptor.builder("walk.even", CustomerKind.INTERNAL)
      .code("tree.Even", "walk", "(I)I").build();
  static final TouchpointDescriptor ODD = TouchpointDescriptor.builder("walk.odd", CustomerKind.INTERNAL)
      .code("tree.Odd", "walk", "(I)I").build();

  final InMemorySpanExporter exported = InMemorySpanExporter.create();
  final StartedSpans started = new StartedSpans();

  @BeforeEach
  void recordIntoATestSdk() {
    Experience.useOpenTelemetry(OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(started)
            .addSpanProcessor(SimpleSpanProcessor.create(exported))
            .build())
        .build());
  }

  @AfterEach
  void backToGlobal() {
    Experience.useGlobalOpenTelemetry();
  }

  @Test
  void aThousandNestedTouchpointsAreAThousandNestedSpansOfOneTrace() {
    walk(0, 1000);

    List<SpanData> spans = exported.getFinishedSpanItems();
    assertThat(spans).hasSize(1000);
    assertThat(spans).extracting(SpanData::getTraceId).containsOnly(spans.get(0).getTraceId());
    assertThat(spans.stream().filter(span -> !span.getParentSpanContext().isValid())).hasSize(1);
  }

  @Test
  void runningOutOfStackInsideTouchpointsEndsEverySpanAndRecordsTheOverflowOnce() throws Exception {
    AtomicReference<Throwable> reachedTheApplication = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        walk(0, Integer.MAX_VALUE);
      } catch (Throwable error) {
        reachedTheApplication.set(error);
      }
    }, "small-stack", 256 * 1024);
    thread.start();
    thread.join();

    assertThat(reachedTheApplication.get()).isInstanceOf(StackOverflowError.class);
    assertThat(started.spans).hasSizeGreaterThan(100);
    assertThat(started.spans).allSatisfy(span -> assertThat(span.hasEnded()).as(span.getName()).isTrue());
    assertThat(exported.getFinishedSpanItems().stream().filter(span -> !span.getEvents().isEmpty()))
        .as("spans carrying the overflow's stack trace").hasSizeLessThanOrEqualTo(1);
    assertThat(Context.current()).isSameAs(Context.root());
  }

  /** What generated code does around each touchpoint, two touchpoints taking turns. */
  private static int walk(int depth, int limit) {
    if (depth == limit) {
      return depth;
    }
    TouchpointCall call = TouchpointRuntime.begin(depth % 2 == 0 ? EVEN : ODD);
    try {
      int result = walk(depth + 1, limit);
      call.end();
      return result;
    } catch (Throwable error) {
      call.fail(error);
      throw error;
    }
  }

  /** Every span the SDK started, to check afterwards that each was ended. */
  static final class StartedSpans implements SpanProcessor {
    final List<ReadableSpan> spans = new CopyOnWriteArrayList<>();

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
      spans.add(span);
    }

    @Override
    public boolean isStartRequired() {
      return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {}

    @Override
    public boolean isEndRequired() {
      return false;
    }
  }
}
