package dev.touchpoint.benchmarks.calls;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.runtime.TouchpointCall;
import dev.touchpoint.runtime.TouchpointDescriptor;
import dev.touchpoint.runtime.TouchpointRuntime;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A lookup in the current Context from inside touchpoints nested {@code depth} deep, as every
 * instrumentation and the application itself make many times per request ({@code Baggage.current()}
 * here). Each call makes current an ordinary Context holding its entries, so the lookup costs the same
 * at every depth.
 */
@State(org.openjdk.jmh.annotations.Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NestedLookupBenchmarks {

  static final TouchpointDescriptor OUTER = TouchpointDescriptor.builder("bench.outer", CustomerKind.EXTERNAL)
      .code("bench.Outer", "handle", "()V").build();
  static final TouchpointDescriptor INNER = TouchpointDescriptor.builder("bench.inner", CustomerKind.INTERNAL)
      .code("bench.Inner", "handle", "()V").build();

  private static final int WARM_CALLS = 20_000;

  @Param({"recording"})
  public String sdk;

  @Param({"1", "10", "1000", "5000"})
  public int depth;

  private OpenTelemetrySdk installed;
  private Scope baggage;
  private final Deque<TouchpointCall> open = new ArrayDeque<>();

  /**
   * Opens {@code depth} nested calls, taking turns between two touchpoints, under some baggage.
   * First it runs as many nested calls as an application would have run long before: the JIT then
   * compiles the lookup from the same profile at every depth, rather than from the setup's own.
   */
  @Setup
  public void nest() {
    installed = SdkState.of(sdk).install();
    baggage = Baggage.builder().put("tenant", "acme").build().makeCurrent();
    for (int i = 0; i < WARM_CALLS; i++) {
      TouchpointCall outer = TouchpointRuntime.begin(OUTER);
      TouchpointRuntime.begin(INNER).end();
      outer.end();
    }
    for (int i = 0; i < depth; i++) {
      open.push(TouchpointRuntime.begin(i % 2 == 0 ? OUTER : INNER));
    }
    if (!open.peek().isRecorded()) {
      throw new IllegalStateException("the nested calls record nothing: no SDK was found");
    }
  }

  @TearDown
  public void unnest() {
    while (!open.isEmpty()) {
      open.pop().end();
    }
    baggage.close();
    installed.close();
  }

  @Benchmark
  public Baggage baggageLookup() {
    return Baggage.current();
  }
}
