package dev.touchpoint.examples.loyalty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** The newest JDK installed beside the one running the build, where the jar must run too. */
final class NewestJdk {

  private NewestJdk() {}

  /** Its {@code bin/java}, or the running JDK's when none is newer; the test says which it used. */
  static Path java() throws IOException {
    Path running = Path.of(System.getProperty("java.home"));
    Path installed = Path.of(System.getProperty("touchpoint.jdks", "/usr/lib/jvm"));
    Optional<Path> newest = Optional.empty();
    if (Files.isDirectory(installed)) {
      try (Stream<Path> homes = Files.list(installed)) {
        newest = homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
            .max(Comparator.comparingInt(NewestJdk::feature));
      }
    }
    Path home = newest.filter(jdk -> feature(jdk) > Runtime.version().feature()).orElse(running);
    return home.resolve("bin/java");
  }

  /** The feature release a JDK's {@code release} file names (25 for "25.0.1"), 0 when it names none. */
  static int feature(Path home) {
    try (Stream<String> lines = Files.lines(home.resolve("release"))) {
      return lines.filter(line -> line.startsWith("JAVA_VERSION=")).findFirst()
          .map(line -> Integer.parseInt(line.replaceAll("[^0-9.]", "").split("\\.")[0])).orElse(0);
    } catch (IOException | RuntimeException unreadable) {
      return 0;
    }
  }
}
