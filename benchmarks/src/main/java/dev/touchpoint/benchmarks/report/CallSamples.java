package dev.touchpoint.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.ListStatistics;

/**
 * Every measured iteration of every variant and state, gathered over several rounds of JMH runs.
 * On a small shared machine the speed drifts over minutes; running all variants once per round,
 * several rounds over, lets the drift hit them alike instead of favouring whichever ran last.
 */
public final class CallSamples {

  private final Map<String, List<Double>> nanos = new LinkedHashMap<>();
  private final Map<String, List<Double>> bytes = new LinkedHashMap<>();

  /** Adds the iterations of one JMH run. */
  public void add(RunResult run) {
    String benchmark = run.getParams().getBenchmark();
    String depth = run.getParams().getParam("depth");
    String key = PerformanceReport.variantOf(benchmark.substring(benchmark.lastIndexOf('.') + 1))
        + (depth == null ? "" : " " + depth + " deep") + "\n" + run.getParams().getParam("sdk");
    for (BenchmarkResult fork : run.getBenchmarkResults()) {
      for (IterationResult iteration : fork.getIterationResults()) {
        nanos.computeIfAbsent(key, k -> new ArrayList<>()).add(iteration.getPrimaryResult().getScore());
        Result<?> allocation = iteration.getSecondaryResults().get("gc.alloc.rate.norm");
        if (allocation != null) {
          bytes.computeIfAbsent(key, k -> new ArrayList<>()).add(allocation.getScore());
        }
      }
    }
  }

  /** Mean time and allocation per call of each variant and state, with the time's 99.9% confidence interval. */
  public List<CallResult> results() {
    List<CallResult> results = new ArrayList<>();
    nanos.forEach((key, times) -> {
      String[] variantAndState = key.split("\n");
      ListStatistics time = statistics(times);
      List<Double> allocations = bytes.get(key);
      results.add(new CallResult(variantAndState[0], variantAndState[1], time.getMean(),
          times.size() > 1 ? time.getMeanErrorAt(0.999) : Double.NaN,
          allocations == null ? Double.NaN : statistics(allocations).getMean()));
    });
    return results;
  }

  private static ListStatistics statistics(List<Double> values) {
    ListStatistics statistics = new ListStatistics();
    values.forEach(statistics::addValue);
    return statistics;
  }
}
