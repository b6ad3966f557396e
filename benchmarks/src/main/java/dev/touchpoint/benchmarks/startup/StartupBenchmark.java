package dev.touchpoint.benchmarks.startup;

import dev.touchpoint.benchmarks.report.Stats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts {@link SmallApp} in fresh JVMs, with no agent, with the Touchpoint agent and with the
 * OpenTelemetry Java agent (exporters off), round-robin so that a busy moment hits all three alike,
 * and records each run's wall time and peak resident memory.
 */
public final class StartupBenchmark {

  /** One way of starting the app. */
  public record Variant(String name, List<String> jvmArguments) {}

  /** The median wall time and peak RSS of one variant's runs. */
  public record Result(String variant, int runs, double medianMillis, double medianPeakMib) {}

  private final Path java;
  private final String classPath;

  public StartupBenchmark(Path java, String classPath) {
    this.java = java;
    this.classPath = classPath;
  }

  public static List<Variant> variants(Path touchpointAgent, Path otelAgent) {
    return List.of(
        new Variant("no agent", List.of()),
        new Variant("Touchpoint agent", List.of("-javaagent:" + touchpointAgent)),
        new Variant("OpenTelemetry agent", List.of("-javaagent:" + otelAgent,
            "-Dotel.traces.exporter=none", "-Dotel.metrics.exporter=none", "-Dotel.logs.exporter=none")));
  }

  public List<Result> measure(List<Variant> variants, int runs) throws IOException, InterruptedException {
    Map<String, List<long[]>> samples = new LinkedHashMap<>();
    for (Variant variant : variants) {
      run(variant); // one unmeasured run each: the OS caches the jars for all alike
      samples.put(variant.name(), new ArrayList<>());
    }
    for (int i = 0; i < runs; i++) {
      for (Variant variant : variants) {
        samples.get(variant.name()).add(run(variant));
      }
    }
    List<Result> results = new ArrayList<>();
    samples.forEach((name, runsOf) -> results.add(new Result(name, runsOf.size(),
        Stats.median(runsOf.stream().mapToDouble(sample -> sample[0] / 1e6).toArray()),
        Stats.median(runsOf.stream().mapToDouble(sample -> sample[1] / 1024.0).toArray()))));
    return results;
  }

  /** One run: {wall nanos, peak RSS KiB}. */
  private long[] run(Variant variant) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(variant.jvmArguments());
    command.addAll(List.of("-cp", classPath, SmallApp.class.getName()));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    long wall = System.nanoTime() - start;
    if (exit != 0 || !output.contains(SmallApp.PEAK_RSS)) {
      throw new IOException(variant.name() + ": the app failed (exit " + exit + "):\n" + output);
    }
    String rss = output.substring(output.indexOf(SmallApp.PEAK_RSS) + SmallApp.PEAK_RSS.length()).trim().split("\\s+")[0];
    return new long[] {wall, Long.parseLong(rss)};
  }
}
