package dev.touchpoint.benchmarks.calls;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (e) The same trivial call annotated {@code @WithSpan}, in a fork under the OpenTelemetry Java
 * agent. The agent owns the SDK, so each state is set through its {@code otel.*} properties by
 * {@link dev.touchpoint.benchmarks.RunAll}; {@code sdk} only labels the result, and the set-up
 * checks the agent really is in that state.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WithSpanBenchmarks {

  @Param({"none", "unsampled", "recording"})
  public String sdk;

  private final long cents = 4_995;
  private WithSpanQuotes quotes;

  @Setup
  public void check() {
    CallBenchmarks.requireJavaAgent("opentelemetry-javaagent");
    quotes = new WithSpanQuotes();
    SdkState state = SdkState.of(sdk);
    boolean spans = quotes.spanInside();
    boolean sampled = quotes.sampledInside();
    boolean expected = switch (state) {
      case NONE -> !spans;
      case UNSAMPLED -> !sampled;
      case RECORDING -> sampled;
    };
    if (!expected) {
      throw new IllegalStateException("the OpenTelemetry agent is not in state '" + sdk + "' (span: " + spans
          + ", sampled: " + sampled + "); RunAll sets it with otel.* properties");
    }
  }

  @Benchmark
  public long withSpanUnderOtelAgent() {
    return quotes.quote(cents);
  }
}
