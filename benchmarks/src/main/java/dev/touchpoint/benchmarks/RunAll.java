package dev.touchpoint.benchmarks;

import dev.touchpoint.benchmarks.calls.CallBenchmarks;
import dev.touchpoint.benchmarks.calls.NestedLookupBenchmarks;
import dev.touchpoint.benchmarks.calls.WithSpanBenchmarks;
import dev.touchpoint.benchmarks.calls.WovenQuotes;
import dev.touchpoint.benchmarks.compile.CompileBenchmark;
import dev.touchpoint.benchmarks.compile.EmptyTwinProcessor;
import dev.touchpoint.benchmarks.report.CallResult;
import dev.touchpoint.benchmarks.report.CallSamples;
import dev.touchpoint.benchmarks.report.Machine;
import dev.touchpoint.benchmarks.report.PerformanceReport;
import dev.touchpoint.benchmarks.startup.StartupBenchmark;
import dev.touchpoint.benchmarks.weaving.BuildTimeWeaving;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.resources.Resource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every measurement and writes the report: the call (JMH, each variant in each SDK state),
 * start-up (fresh JVMs) and compile time (a fresh JVM per build, javac in process and, in a build
 * that weaves, the build-time weaver after it). {@code -Dbench.mode=smoke} runs
 * each once, briefly, so CI keeps the harness working; its numbers mean nothing.
 *
 * <p>Maven passes where things are: {@code bench.tools} (the OpenTelemetry agent, the javac paths),
 * {@code bench.touchpoint.agent}, {@code bench.otel.extension} and {@code bench.report}.
 */
public final class RunAll {

  static final String COMMAND = "mvn -q -DskipTests -Pbenchmarks package";
  /** Every variant runs once per round, in a fresh fork; see {@link CallSamples}. */
  private static final int ROUNDS = 3;

  private final boolean smoke;
  private final Path tools;
  private final Path touchpointAgent;
  private final Path otelAgent;
  private final Path otelExtension;

  private RunAll(boolean smoke, Path tools, Path touchpointAgent, Path otelExtension) {
    this.smoke = smoke;
    this.tools = tools;
    this.touchpointAgent = touchpointAgent;
    this.otelAgent = tools.resolve("opentelemetry-javaagent.jar");
    this.otelExtension = otelExtension;
  }

  public static void main(String[] args) throws Exception {
    RunAll run = new RunAll("smoke".equals(System.getProperty("bench.mode")),
        existing("bench.tools"), existing("bench.touchpoint.agent"), existing("bench.otel.extension"));
    Path report = Path.of(System.getProperty("bench.report", "performance.md"));
    List<CallResult> calls = run.calls();
    List<StartupBenchmark.Result> startup = run.startup();
    List<CompileBenchmark.Result> compile = run.compile();
    String markdown = new PerformanceReport(Machine.current(), COMMAND, versions(), calls, startup, compile).markdown();
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, markdown);
    System.out.println(markdown);
    System.out.println("Written to " + report);
  }

  private List<CallResult> calls() throws RunnerException, IOException, InterruptedException {
    String calls = CallBenchmarks.class.getName() + ".";
    List<String> woven = List.of("-D" + CallBenchmarks.WOVEN_CLASSES + "=" + weaveQuotes());
    List<String> allStates = List.of("none", "unsampled", "recording");
    List<JmhRun> runs = new ArrayList<>();
    // The plain call and the clock do not depend on the SDK: once is enough.
    runs.add(new JmhRun(calls + "(plainCall|clockRead)$", List.of("none"), List.of()));
    for (String state : allStates) {
      for (String variant : List.of("handWrittenSpan", "generatedSubclass", "generatedDecorator")) {
        runs.add(new JmhRun(calls + variant + "$", List.of(state), List.of()));
      }
      runs.add(new JmhRun(calls + "buildTimeWoven$", List.of(state), woven));
      runs.add(new JmhRun(calls + "touchpointAgent$", List.of(state), List.of("-javaagent:" + touchpointAgent)));
    }
    Map<String, List<String>> otelStates = Map.of(
        "none", List.of("-Dotel.sdk.disabled=true"),
        "unsampled", List.of("-Dotel.traces.sampler=always_off", "-Dotel.traces.exporter=drop"),
        "recording", List.of("-Dotel.traces.sampler=always_on", "-Dotel.traces.exporter=drop"));
    for (String state : allStates) {
      List<String> jvm = new ArrayList<>(List.of("-javaagent:" + otelAgent, "-Dotel.javaagent.extensions=" + otelExtension,
          "-Dotel.metrics.exporter=none", "-Dotel.logs.exporter=none"));
      jvm.addAll(otelStates.get(state));
      runs.add(new JmhRun(WithSpanBenchmarks.class.getName() + ".withSpanUnderOtelAgent$", List.of(state), jvm));
    }
    runs.add(new JmhRun(NestedLookupBenchmarks.class.getName() + ".baggageLookup$", List.of("recording"), List.of()));
    CallSamples samples = new CallSamples();
    for (int round = 0; round < (smoke ? 1 : ROUNDS); round++) {
      // Every other round runs backwards: a machine that drifts steadily over the run then favours
      // no variant for having run early or late.
      List<JmhRun> order = round % 2 == 0 ? runs : reversed(runs);
      for (JmhRun run : order) {
        new Runner(run.options(smoke)).run().forEach(samples::add);
      }
    }
    return samples.results();
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  /** One JMH invocation: the benchmarks it includes, the SDK states, the JVM arguments of its forks. */
  private record JmhRun(String include, List<String> states, List<String> jvmArguments) {

    Options options(boolean smoke) {
      ChainedOptionsBuilder options = new OptionsBuilder()
          .include(include)
          .param("sdk", states.toArray(String[]::new))
          .addProfiler(GCProfiler.class)
          .jvmArgsAppend(jvmArguments.toArray(String[]::new))
          .forks(1);
      if (smoke) {
        options.warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(200));
      }
      return options.build();
    }
  }

  /** Weaves WovenQuotes with the build-time weaver, as a build would; returns the folder it wrote. */
  private Path weaveQuotes() throws IOException, InterruptedException {
    String file = WovenQuotes.class.getName().replace('.', '/') + ".class";
    Path compiled = tools.resolve("woven-quotes/compiled");
    Path wovenFolder = tools.resolve("woven-quotes/woven");
    Files.createDirectories(compiled.resolve(file).getParent());
    try (var in = WovenQuotes.class.getClassLoader().getResourceAsStream(file)) {
      Files.copy(in, compiled.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    weaving().weave(compiled, wovenFolder);
    return wovenFolder;
  }

  private BuildTimeWeaving weaving() throws IOException {
    return new BuildTimeWeaving(javaHome().resolve("bin/java"), Files.readString(tools.resolve("weaver-path.txt")).trim(),
        Files.readString(tools.resolve("javac-class-path.txt")).trim());
  }

  private List<StartupBenchmark.Result> startup() throws IOException, InterruptedException {
    StartupBenchmark startup = new StartupBenchmark(javaHome().resolve("bin/java"), System.getProperty("java.class.path"));
    return startup.measure(StartupBenchmark.variants(touchpointAgent, otelAgent), smoke ? 1 : 10);
  }

  private List<CompileBenchmark.Result> compile() throws IOException, InterruptedException {
    CompileBenchmark compile = new CompileBenchmark(javaHome().resolve("bin/java"),
        Files.readString(tools.resolve("javac-class-path.txt")).trim(),
        Files.readString(tools.resolve("javac-processor-path.txt")).trim(),
        codeSourceOf(EmptyTwinProcessor.class), weaving(), tools.resolve("compile-work"));
    return smoke
        ? List.of(compile.application(2, 10, 1), compile.touchpointsOnly(2, 10, 1))
        : List.of(compile.application(100, 10, 7), compile.touchpointsOnly(100, 10, 7));
  }

  /** The jar or directory a class of this harness was loaded from. */
  private static String codeSourceOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException("cannot locate " + type.getName(), e);
    }
  }

  private static String versions() {
    return "OpenTelemetry SDK " + Resource.getDefault().getAttribute(AttributeKey.stringKey("telemetry.sdk.version"))
        + ", OpenTelemetry Java agent " + System.getProperty("bench.otel.agent.version", "?")
        + ", JMH " + System.getProperty("bench.jmh.version", "?");
  }

  private static Path javaHome() {
    return Path.of(System.getProperty("java.home"));
  }

  private static Path existing(String property) {
    String value = System.getProperty(property);
    if (value == null || !Files.exists(Path.of(value))) {
      throw new IllegalStateException("-D" + property + " must name an existing file or folder (it is " + value
          + "); run the benchmarks with: " + COMMAND);
    }
    return Path.of(value);
  }
}
