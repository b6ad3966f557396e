package dev.touchpoint.benchmarks.startup;

import dev.touchpoint.benchmarks.calls.Quotes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The small application whose start-up is measured: it quotes a thousand prices through an
 * annotated touchpoint, a few tens of milliseconds on a plain JVM, then prints its peak resident
 * memory so far (Linux's VmHWM) and exits.
 */
public final class SmallApp {

  static final String PEAK_RSS = "peak-rss-kib=";

  private SmallApp() {}

  public static void main(String[] args) throws IOException {
    Quotes quotes = new Quotes();
    long total = 0;
    for (int i = 0; i < 1_000; i++) {
      total += quotes.quote(i);
    }
    System.out.println("quoted " + total);
    System.out.println(PEAK_RSS + peakRssKib());
  }

  private static long peakRssKib() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
