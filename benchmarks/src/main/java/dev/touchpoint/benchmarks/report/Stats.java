package dev.touchpoint.benchmarks.report;

import java.util.Arrays;

/** Medians: robust to the one run a busy machine spoils. */
public final class Stats {

  private Stats() {}

  public static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
