package dev.touchpoint.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The machine the numbers come from, in one line each: numbers mean little without it. */
public record Machine(String cpu, int cores, String memory, String os, String jdk) {

  public static Machine current() {
    return new Machine(
        firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch")),
        Runtime.getRuntime().availableProcessors(),
        firstValue(Path.of("/proc/meminfo"), "MemTotal")
            .map(kib -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kib.replaceAll("[^0-9]", "")) / 1048576.0))
            .orElse("unknown"),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
  }

  private static Optional<String> firstValue(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      return lines.stream().filter(line -> line.startsWith(key)).findFirst()
          .map(line -> line.substring(line.indexOf(':') + 1).trim());
    } catch (IOException | RuntimeException unavailable) {
      return Optional.empty();
    }
  }
}
