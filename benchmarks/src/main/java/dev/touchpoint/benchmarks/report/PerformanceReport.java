package dev.touchpoint.benchmarks.report;

import dev.touchpoint.benchmarks.compile.CompileBenchmark;
import dev.touchpoint.benchmarks.startup.StartupBenchmark;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * Writes docs/performance.md from one run's results: the machine, the command, the tables, and
 * each target with what was measured against it, met or not, said plainly.
 */
public final class PerformanceReport {

  static final String PLAIN = "plain call";
  static final String CLOCK = "System.nanoTime()";
  static final String HAND_WRITTEN = "hand-written OpenTelemetry span";
  static final String SUBCLASS = "generated subclass";
  static final String DECORATOR = "generated decorator";
  static final String WOVEN = "woven at build time";
  static final String AGENT = "Touchpoint agent";
  static final String WITH_SPAN = "@WithSpan under the OpenTelemetry agent";
  static final String LOOKUP = "Baggage.current()";
  /** The nesting depths the lookup is measured at (NestedLookupBenchmarks' parameter). */
  private static final List<Integer> DEPTHS = List.of(1, 10, 1000, 5000);
  private static final List<String> VARIANTS = List.of(PLAIN, HAND_WRITTEN, SUBCLASS, DECORATOR, WOVEN, AGENT, WITH_SPAN);
  private static final List<String> STATES = List.of("none", "unsampled", "recording");
  /** The compile-time target: at most 20% added to javac's time. */
  private static final double COMPILE_LIMIT = 0.20;
  /** A build that weaves: at most 15% on application-shaped code, 40% in the worst case. */
  private static final List<Double> WOVEN_COMPILE_LIMITS = List.of(0.15, 0.40);

  private final Machine machine;
  private final String command;
  private final String versions;
  private final List<CallResult> calls;
  private final List<StartupBenchmark.Result> startup;
  private final List<CompileBenchmark.Result> compile;
  private final StringBuilder out = new StringBuilder();

  public PerformanceReport(Machine machine, String command, String versions, List<CallResult> calls,
      List<StartupBenchmark.Result> startup, List<CompileBenchmark.Result> compile) {
    this.machine = machine;
    this.command = command;
    this.versions = versions;
    this.calls = calls;
    this.startup = startup;
    this.compile = compile;
  }

  /** The benchmark name's variant, as the report names it. */
  public static String variantOf(String benchmarkMethod) {
    return switch (benchmarkMethod) {
      case "plainCall" -> PLAIN;
      case "clockRead" -> CLOCK;
      case "handWrittenSpan" -> HAND_WRITTEN;
      case "generatedSubclass" -> SUBCLASS;
      case "generatedDecorator" -> DECORATOR;
      case "buildTimeWoven" -> WOVEN;
      case "touchpointAgent" -> AGENT;
      case "withSpanUnderOtelAgent" -> WITH_SPAN;
      case "baggageLookup" -> LOOKUP;
      default -> benchmarkMethod;
    };
  }

  public String markdown() {
    line("# Performance");
    line();
    line("What a touchpoint costs, side by side with what a user would write or run instead. Written by");
    line("`" + command + "`; run it again to measure your own machine.");
    line();
    line("## The machine");
    line();
    line("- CPU: " + machine.cpu() + ", " + machine.cores() + " cores available to the JVM");
    line("- Memory: " + machine.memory() + "; OS: " + machine.os());
    line("- JDK: " + machine.jdk());
    line("- " + versions);
    find(CLOCK, "none").ifPresent(clock -> line(
        "- Clock: one `System.nanoTime()` costs " + nanos(clock) + " ns here (a touchpoint reads it twice per call)"));
    line();
    callSection();
    nestingSection();
    startupSection();
    compileSection();
    methodSection();
    return out.toString();
  }

  private void callSection() {
    line("## A touchpoint call");
    line();
    line("A trivial method (`Quotes.quote`, one multiplication), called through each variant. JMH, average time");
    line("per call with its 99.9% confidence interval, and bytes allocated per call (the GC profiler's");
    line("`gc.alloc.rate.norm`), over three rounds of a fresh fork each (3 warm-up and 5 measured iterations of");
    line("1 s per fork), the middle round in reverse order, so that the machine's drift over minutes hits every");
    line("variant alike; on a small shared machine, differences within the intervals are not differences. In three states:");
    line("**no SDK** installed (the OpenTelemetry API is a no-op), an SDK with **sampling off** (metrics still");
    line("record), and an SDK **recording** every span into a batch processor and an exporter that drops them.");
    line("Touchpoint and the hand-written span record the same span attributes, promise outcomes and metrics");
    line("(the duration with an exemplar that points at the call's span); `@WithSpan` records a span with fewer");
    line("attributes and no metrics.");
    line();
    line("| variant | no SDK | | sampling off | | recording | |");
    line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    line("| | ns/call | B/call | ns/call | B/call | ns/call | B/call |");
    for (String variant : VARIANTS) {
      StringBuilder row = new StringBuilder("| " + variant + " |");
      for (String state : STATES) {
        Optional<CallResult> result = find(variant, state);
        row.append(result.map(r -> " " + nanos(r) + " | " + bytes(r.bytes()) + " |").orElse(" | |"));
      }
      line(row.toString());
    }
    line();
    find(SUBCLASS, "unsampled").ifPresent(ours -> find(HAND_WRITTEN, "unsampled").ifPresent(theirs -> {
      line(String.format(Locale.ROOT, "With an SDK, a touchpoint allocates %.0f B per call more than the hand-written span.",
          ours.bytes() - theirs.bytes()));
      line("That is the call's own state (what nested recoveries, controls and journeys report to) and one more");
      line("entry in the Context it makes current: the call itself, where nested touchpoints find it. The Context is");
      line("an ordinary OpenTelemetry one, derived through the public API, which every context storage handles,");
      line("the OpenTelemetry Java agent's included ([compatibility](compatibility.md)); a Context of Touchpoint's");
      line("own making would save the entry and split traces under that agent.");
    }));
    line();
    line("### Against the targets");
    line();
    double plain = nanosOf(PLAIN, "none");
    target("No SDK: a touchpoint costs at most 5 ns more than the plain call",
        worstOf(List.of(SUBCLASS, DECORATOR, WOVEN, AGENT), "none", r -> r.nanos() - plain), 5.0,
        value -> String.format(Locale.ROOT, "at most %+.1f ns", value));
    target("No SDK: a touchpoint allocates nothing",
        worstOf(List.of(SUBCLASS, DECORATOR, WOVEN, AGENT), "none", CallResult::bytes), 0.5,
        value -> String.format(Locale.ROOT, "at most %.1f B/call", value));
    line("  (OpenTelemetry's own no-op path, the hand-written span with no SDK: " + describe(HAND_WRITTEN, "none") + ")");
    targetAgainst("Sampling off: no more than OpenTelemetry's own unsampled span (the hand-written one)",
        List.of(SUBCLASS, DECORATOR, WOVEN, AGENT), "unsampled", HAND_WRITTEN, 1.0);
    double againstWithSpan = targetAgainst("Sampling off: at most a fifth of @WithSpan's",
        List.of(SUBCLASS, DECORATOR, WOVEN, AGENT), "unsampled", WITH_SPAN, 0.2);
    if (againstWithSpan > 0.2) {
      double handWritten = nanosOf(HAND_WRITTEN, "unsampled") / nanosOf(WITH_SPAN, "unsampled");
      line("  Why: OpenTelemetry's own unsampled span, the hand-written one the target above compares with, is");
      line("  itself " + ratio(handWritten) + " of @WithSpan's here" + (handWritten > 0.2
          ? ": on this machine no call that starts a span and is timed gets to a fifth."
          : "."));
      line("  An unsampled call still does what OpenTelemetry must for any span (new ids, the span made current)");
      line("  and what the lead indicators need for every call, sampled or not: it reads the clock twice"
          + find(CLOCK, "none").map(clock -> String.format(Locale.ROOT, " (%.0f ns of it on this machine)",
              2 * clock.nanos())).orElse(""));
      line("  and records the duration histogram and the promise outcomes. `@WithSpan` records no metrics and");
      line("  reads no clock for a span it drops. Span attributes already wait until a sampler chose to record");
      line("  ([sampling](semantic-conventions.md#sampling)); what is left is the work the hand-written span does too.");
    }
    targetAgainst("Recording: generated code at most 1.1x the hand-written span",
        List.of(SUBCLASS, DECORATOR), "recording", HAND_WRITTEN, 1.1);
    targetAgainst("Recording: the agent at most 1.1x the hand-written span", List.of(AGENT), "recording", HAND_WRITTEN, 1.1);
    targetAgainst("Recording: woven at build time at most 1.1x the hand-written span", List.of(WOVEN), "recording",
        HAND_WRITTEN, 1.1);
    targetAgainst("Recording: no slower than @WithSpan under the OpenTelemetry agent",
        List.of(SUBCLASS, DECORATOR, WOVEN, AGENT), "recording", WITH_SPAN, 1.0);
    for (String state : STATES) {
      targetAgainst("Woven at build time costs what the agent's woven code costs (at most 1.1x), " + stateName(state),
          List.of(WOVEN), state, AGENT, 1.1);
    }
    line();
  }

  private static String stateName(String state) {
    return switch (state) {
      case "none" -> "no SDK";
      case "unsampled" -> "sampling off";
      default -> state;
    };
  }

  private void nestingSection() {
    line("## Context lookups inside nested touchpoints");
    line();
    line("Every instrumentation and the application look things up in the current Context many times per");
    line("request. `Baggage.current()` from inside touchpoints nested 1, 10, 1,000 and 5,000 deep, with an SDK recording,");
    line("measured like the calls above. Each call makes current an ordinary OpenTelemetry Context, the");
    line("caller's with the call's span and the call added, so a lookup reads one small array at any depth.");
    line();
    line("| depth | ns/lookup | B/lookup |");
    line("| ---: | ---: | ---: |");
    for (int depth : DEPTHS) {
      find(lookupAt(depth), "recording").ifPresent(result ->
          line("| " + depth + " | " + nanos(result) + " | " + bytes(result.bytes()) + " |"));
    }
    line();
    targetAgainst("A lookup 5,000 deep costs what it costs 1 deep (at most 1.1x)", List.of(lookupAt(5000)),
        "recording", lookupAt(1), 1.1);
    line();
  }

  private static String lookupAt(int depth) {
    return LOOKUP + " " + depth + " deep";
  }

  private void startupSection() {
    line("## Start-up");
    line();
    line("A small application (it quotes a thousand prices through a `@Touchpoint` method and exits), started");
    line("in a fresh JVM " + startup.get(0).runs() + " times per variant, round-robin. Wall time from process start to");
    line("exit; peak resident memory as Linux reports it (`VmHWM`) just before the application exits. Medians.");
    line("The OpenTelemetry agent runs with its exporters off.");
    line();
    line("| variant | wall time | added | peak RSS | added |");
    line("| --- | ---: | ---: | ---: | ---: |");
    StartupBenchmark.Result base = startup.get(0);
    for (StartupBenchmark.Result result : startup) {
      line(String.format(Locale.ROOT, "| %s | %.0f ms | %+.0f ms | %.1f MiB | %+.1f MiB |", result.variant(),
          result.medianMillis(), result.medianMillis() - base.medianMillis(), result.medianPeakMib(),
          result.medianPeakMib() - base.medianPeakMib()));
    }
    line();
    StartupBenchmark.Result ours = startupOf("Touchpoint agent");
    StartupBenchmark.Result theirs = startupOf("OpenTelemetry agent");
    double ourTime = ours.medianMillis() - base.medianMillis();
    double theirTime = theirs.medianMillis() - base.medianMillis();
    target("The Touchpoint agent adds at most 150 ms to start-up", ourTime, 150,
        value -> String.format(Locale.ROOT, "%+.0f ms", value));
    target("... a twelfth of what the OpenTelemetry agent adds", ourTime / theirTime, 1.0 / 12,
        value -> String.format(Locale.ROOT, "%.3f of its %+.0f ms", value, theirTime));
    target("The Touchpoint agent adds at most 30 MiB to peak memory", ours.medianPeakMib() - base.medianPeakMib(), 30,
        value -> String.format(Locale.ROOT, "%+.1f MiB", value));
    line();
  }

  private void compileSection() {
    line("## Compile time");
    line();
    line(String.format(Locale.ROOT, "javac over generated source sets with %,d `@Touchpoint` methods each, five ways: without annotation",
        compile.get(0).touchpointMethods()));
    line("processing (`-proc:none`); with the least any code-generating processor costs (one that writes an");
    line("empty class per type and checks nothing: javac's extra processing rounds alone); with the sources the");
    line("Touchpoint processor generates handed to javac beside the others, processed by nothing (what compiling");
    line("the generated code costs); and with the Touchpoint processor, which checks every annotation, generates a");
    line("subclass per class and writes the experience map; and as a build that [weaves](build.md) compiles:");
    line("the processor in weave mode (every check and the experience map, no source generated), then the");
    line("build-time weaver over the classes. Each run is a fresh JVM, as in a clean CI build, that runs javac");
    line("in process as Maven's compiler plugin and Gradle do; in a build that weaves, the same JVM then runs");
    line("the weaver in a class loader of its own, as `byte-buddy-maven-plugin` runs in Maven's JVM (entry");
    line("point `DECORATE`, not validated, as [docs/build.md](build.md) configures it). Each of "
        + compile.get(0).runs() + " rounds runs every way");
    line("once, every other round in reverse order. Times are medians over the rounds; what a way adds is the");
    line("median over the rounds of its ratio to the same round's javac without processing, because this");
    line("machine drifts by tens of percent over minutes and a round's runs share their moment.");
    line();
    line("| source set | lines | without | rounds alone | added | generated code alone | added | with the Touchpoint processor | added | weave mode + weaving | added |");
    line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (CompileBenchmark.Result result : compile) {
      line(String.format(Locale.ROOT, "| %s | %,d | %.0f ms | %.0f ms | %+.0f%% | %.0f ms | %+.0f%% | %.0f ms | %+.0f%% | %.0f ms | %+.0f%% |",
          result.shape(), result.sourceLines(), result.medianMillisWithout(),
          result.medianMillisFloor(), result.floorOverhead() * 100,
          result.medianMillisGeneratedAlone(), result.generatedAloneOverhead() * 100,
          result.medianMillisWith(), result.overhead() * 100,
          result.medianMillisWoven(), result.wovenOverhead() * 100));
    }
    line();
    for (int i = 0; i < compile.size() && i < WOVEN_COMPILE_LIMITS.size(); i++) {
      CompileBenchmark.Result result = compile.get(i);
      double limit = WOVEN_COMPILE_LIMITS.get(i);
      target(String.format(Locale.ROOT, "A build that weaves adds at most %.0f%% to javac's time, %s", limit * 100,
          result.shape()), result.wovenOverhead(), limit, value -> String.format(Locale.ROOT, "%+.0f%%", value * 100));
    }
    line();
    line("Where a build that weaves spends it: the processor in weave mode (its checks and the experience");
    line("map, in javac's JVM), and the weaving pass (Byte Buddy's build engine loading and weaving every");
    line("class of the folder, timed inside the build's JVM):");
    line();
    for (CompileBenchmark.Result result : compile) {
      line(String.format(Locale.ROOT, "- %s: processor in weave mode %+.0f%% (a processor that does nothing at all:"
          + " %+.0f%%); weaving pass %+.0f%% (%.0f ms)", result.shape(), result.weaveModeOverhead() * 100,
          result.doNothingOverhead() * 100, result.weavingPassOverhead() * 100, result.medianMillisWeavingPass()));
    }
    line();
    line("A processor that does nothing at all is javac running annotation processing: every processor");
    line("pays it, and the Touchpoint processor needs it to check the annotations and write the experience");
    line("map. The rest of weave mode is those checks, in javac's cold JVM.");
    line();
    boolean missed = false;
    for (CompileBenchmark.Result result : compile) {
      target("The processor adds at most 20% to javac's time, " + result.shape(), result.overhead(), COMPILE_LIMIT,
          value -> String.format(Locale.ROOT, "%+.0f%%", value * 100));
      missed |= result.overhead() > COMPILE_LIMIT;
    }
    if (missed) {
      line();
      line("Why: generating sources costs twice before the processor does any work of its own. javac runs two");
      line("more rounds, each entering every class of the build again (rounds alone), and then compiles the");
      line("generated subclasses like any code (generated code alone). Together, the least that generating these");
      line("sources can add:");
      line();
      for (CompileBenchmark.Result result : compile) {
        line(String.format(Locale.ROOT, "- %s: %+.0f%% (rounds %+.0f%%, generated code %+.0f%%);",
            result.shape(), result.unavoidableOverhead() * 100, result.floorOverhead() * 100,
            result.generatedAloneOverhead() * 100));
        line(String.format(Locale.ROOT, "  the processor's own work added %+.0f%% more", result.ownWorkOverhead() * 100));
      }
      line();
      line("The processor's own work is reading and checking each annotation and building and writing each");
      line("instrumented method with JavaPoet, in javac's cold JVM (most of it runs before the JIT has compiled");
      line("it).");
      for (CompileBenchmark.Result result : compile) {
        if (result.unavoidableOverhead() > COMPILE_LIMIT) {
          line("For " + result.shape() + ", rounds and generated code alone are above 20%: no processor");
          line("that generates these sources meets the target on this machine.");
        }
      }
      line("A build that weaves generates no source, so it pays neither; the agent instruments the same methods");
      line("with no compile-time cost at all.");
    }
    line();
  }

  private void methodSection() {
    line("## How it is measured");
    line();
    line("- The harness is `benchmarks/` (`dev.touchpoint.benchmarks.RunAll`). JMH forks a JVM per variant and");
    line("  state: the plain call, the hand-written span and the generated code run in plain JVMs; the agent in a");
    line("  JVM started with `-javaagent:touchpoint-agent.jar`; `@WithSpan` in one started with the OpenTelemetry");
    line("  Java agent, whose SDK is put in each state through its `otel.*` properties and given the same");
    line("  span-dropping exporter through a one-class extension.");
    line("- The SDK states are the same for every in-process variant: `Sampler.alwaysOff()` or `alwaysOn()`, a");
    line("  `BatchSpanProcessor` with default settings, and a metric reader that collects only at shutdown.");
    line("- A recording run whose exporter received no span fails rather than report a number, and each agent");
    line("  benchmark refuses to run without its agent.");
    line("- CI runs the same harness once, with one short iteration, to keep it working; its numbers mean nothing.");
  }

  private void target(String what, double measured, double limit, DoubleFunction<String> format) {
    String verdict = Double.isNaN(measured) ? "not measured" : measured <= limit ? "**met**" : "**missed**";
    line("- " + what + ": " + format.apply(measured) + ", " + verdict);
  }

  /**
   * A target on the ratio of Touchpoint's slowest variant to another's time. A miss the two 99.9%
   * intervals cannot tell from a hit says so: on a small shared machine a few nanoseconds of drift
   * between forks is not a difference in the code.
   */
  private double targetAgainst(String what, List<String> ours, String state, String theirs, double limit) {
    Optional<CallResult> slowest = ours.stream().map(variant -> find(variant, state)).flatMap(Optional::stream)
        .max(java.util.Comparator.comparingDouble(CallResult::nanos));
    Optional<CallResult> other = find(theirs, state);
    if (slowest.isEmpty() || other.isEmpty()) {
      target(what, Double.NaN, limit, PerformanceReport::ratio);
      return Double.NaN;
    }
    CallResult a = slowest.get();
    CallResult b = other.get();
    double ratio = a.nanos() / b.nanos();
    target(what, ratio, limit, PerformanceReport::ratio);
    if (ratio > limit && a.nanos() - orZero(a.error()) <= limit * (b.nanos() + orZero(b.error()))) {
      line("  (within the error: " + a.variant() + " " + nanos(a) + " ns against " + nanos(b) + " ns; the intervals overlap)");
    }
    return ratio;
  }

  private static double orZero(double error) {
    return Double.isNaN(error) ? 0 : error;
  }

  private double worstOf(List<String> variants, String state, ToDoubleFunction<CallResult> value) {
    return variants.stream().map(variant -> find(variant, state)).flatMap(Optional::stream)
        .mapToDouble(value).max().orElse(Double.NaN);
  }

  private String describe(String variant, String state) {
    return find(variant, state).map(r -> nanos(r) + " ns and " + bytes(r.bytes()) + " B per call").orElse("not measured");
  }

  private double nanosOf(String variant, String state) {
    return find(variant, state).map(CallResult::nanos).orElse(Double.NaN);
  }

  private Optional<CallResult> find(String variant, String state) {
    return calls.stream().filter(r -> r.variant().equals(variant) && r.state().equals(state)).findFirst();
  }

  private StartupBenchmark.Result startupOf(String variant) {
    return startup.stream().filter(r -> r.variant().equals(variant)).findFirst().orElseThrow();
  }

  private static String nanos(CallResult result) {
    return Double.isNaN(result.error()) || result.error() == 0
        ? String.format(Locale.ROOT, "%.1f", result.nanos())
        : String.format(Locale.ROOT, "%.1f ± %.1f", result.nanos(), result.error());
  }

  private static String bytes(double bytes) {
    return Double.isNaN(bytes) ? "n/a" : String.format(Locale.ROOT, "%.0f", bytes);
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2fx", value);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private void line() {
    out.append('\n');
  }
}
