package dev.touchpoint.benchmarks.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One fresh process, timed from start to exit; a failed one fails the measurement with its output. */
public final class TimedProcess {

  /** A process's wall time in milliseconds, and what it printed. */
  public record Run(double millis, String output) {}

  private TimedProcess() {}

  /** Runs {@code command}; returns its wall time in milliseconds. {@code what} names it in a failure. */
  public static double millis(List<String> command, String what) throws IOException, InterruptedException {
    return run(command, what).millis();
  }

  /** Runs {@code command}; returns its wall time and output. {@code what} names it in a failure. */
  public static Run run(List<String> command, String what) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    long nanos = System.nanoTime() - start;
    if (exit != 0) {
      throw new IOException(what + " failed (exit " + exit + "):\n" + output);
    }
    return new Run(nanos / 1e6, output);
  }
}
