package dev.touchpoint.benchmarks.calls;

import dev.touchpoint.Experience;
import dev.touchpoint.benchmarks.exporter.DroppingSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.LongUnaryOperator;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * One trivial call, instrumented each way, in the JVM the application would run: plain, wrapped
 * by hand in an OpenTelemetry span, through the generated subclass and decorator, woven into the
 * class at build time, and (in a fork started with {@code -javaagent:touchpoint-agent.jar})
 * instrumented by the Touchpoint agent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CallBenchmarks {

  @Param({"none", "unsampled", "recording"})
  public String sdk;

  private final long cents = 4_995;
  private OpenTelemetrySdk installed;
  private Quotes plain;
  private HandWrittenQuotes handWritten;
  private Quotes generatedSubclass;
  private QuoteService generatedDecorator;
  private LongUnaryOperator woven;

  /** Where the harness had the build-time weaver write {@link WovenQuotes}. */
  public static final String WOVEN_CLASSES = "bench.woven.classes";

  @Setup
  public void install(BenchmarkParams params) throws Exception {
    if (params.getBenchmark().endsWith("touchpointAgent")) {
      requireJavaAgent("touchpoint-agent");
    }
    installed = SdkState.of(sdk).install();
    plain = new Quotes();
    handWritten = new HandWrittenQuotes(SdkState.api(installed), new Quotes());
    generatedSubclass = new QuotesTouchpoints();
    generatedDecorator = Experience.decorate(QuoteService.class, QuoteService.plain());
    if (params.getBenchmark().endsWith("buildTimeWoven")) {
      String folder = System.getProperty(WOVEN_CLASSES);
      if (folder == null) {
        throw new IllegalStateException("this benchmark measures classes woven at build time: run it through"
            + " dev.touchpoint.benchmarks.RunAll, which weaves them first");
      }
      woven = (LongUnaryOperator) WovenClassLoader.newWoven(WovenQuotes.class, Path.of(folder));
    }
  }

  /** A recording run that recorded nothing measured the wrong thing: fail it rather than report it. */
  @TearDown
  public void checkRecorded(BenchmarkParams params) {
    if (installed == null) {
      return;
    }
    installed.getSdkTracerProvider().forceFlush().join(10, TimeUnit.SECONDS);
    boolean instrumented = !params.getBenchmark().endsWith("plainCall");
    if (SdkState.of(sdk) == SdkState.RECORDING && instrumented && DroppingSpanExporter.dropped() == 0) {
      throw new IllegalStateException(params.getBenchmark() + " recorded no span");
    }
    installed.close();
  }

  /** (a) The call itself: what every other variant is measured against. */
  @Benchmark
  public long plainCall() {
    return plain.quote(cents);
  }

  /**
   * One read of the clock every touchpoint reads twice (to judge "fast" and record the duration of
   * every call, sampled or not): on a virtual machine it can cost more than the call's own work.
   */
  @Benchmark
  public long clockRead() {
    return System.nanoTime();
  }

  /** (b) The same call wrapped by hand in an OpenTelemetry span, with the same attributes and metrics. */
  @Benchmark
  public long handWrittenSpan() {
    return handWritten.quote(cents);
  }

  /** (c) Through the subclass the processor generated. */
  @Benchmark
  public long generatedSubclass() {
    return generatedSubclass.quote(cents);
  }

  /** (c) Through the decorator the processor generated for the interface. */
  @Benchmark
  public long generatedDecorator() {
    return generatedDecorator.quote(cents);
  }

  /** (c) The class itself, woven by the build-time weaver: the agent's weaving, with no agent. */
  @Benchmark
  public long buildTimeWoven() {
    return woven.applyAsLong(cents);
  }

  /** (d) The plain class, instrumented at load time by the Touchpoint agent. */
  @Benchmark
  public long touchpointAgent() {
    return plain.quote(cents);
  }

  static void requireJavaAgent(String jar) {
    boolean attached = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .anyMatch(argument -> argument.startsWith("-javaagent:") && argument.contains(jar));
    if (!attached) {
      throw new IllegalStateException("this benchmark measures the " + jar + " Java agent: run it through"
          + " dev.touchpoint.benchmarks.RunAll, which starts its fork with -javaagent");
    }
  }
}
