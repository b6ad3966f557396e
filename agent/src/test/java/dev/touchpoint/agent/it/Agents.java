package dev.touchpoint.agent.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The jars and JDKs the integration tests start child JVMs with. */
final class Agents {

  private Agents() {}

  /** The runnable agent, the module's main artifact, built before the integration tests run. */
  static Path touchpoint() {
    return existing("touchpoint.agent.jar");
  }

  static Path openTelemetry() {
    return existing("opentelemetry.agent.jar");
  }

  /** The OpenTelemetry Java agent release {@code version}, resolved by the build. */
  static Path openTelemetry(String version) {
    Path jar = itTools().resolve("opentelemetry-javaagents/opentelemetry-javaagent-" + version + ".jar");
    if (!Files.isRegularFile(jar)) {
      throw new AssertionError("no OpenTelemetry Java agent " + version + " at " + jar
          + "; the build copies every release in it.javaagent.versions there");
    }
    return jar;
  }

  /** The OpenTelemetry Java agent releases the interop matrix runs beside, oldest first. */
  static List<String> openTelemetryVersions() {
    return List.of(required("it.javaagent.versions").split(","));
  }

  /** The jars of the OpenTelemetry API and SDK release {@code version}, as an application brings them. */
  static List<Path> openTelemetryRelease(String version) throws IOException {
    Path release = itTools().resolve("opentelemetry-" + version);
    if (!Files.isDirectory(release)) {
      throw new AssertionError("no OpenTelemetry " + version + " at " + release + "; the build copies it there");
    }
    try (Stream<Path> jars = Files.list(release)) {
      return jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().toList();
    }
  }

  /** A version the build names in {@code property}: it.api.oldest, it.api.too-old or it.api.newest. */
  static String version(String property) {
    return required(property);
  }

  private static Path itTools() {
    return Path.of(required("it.tools"));
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new AssertionError(property + " is not set; run the integration tests through Maven's verify phase");
    }
    return value;
  }

  static Path springBootLoader() {
    return existing("spring-boot-loader.jar");
  }

  /** The newest JDK installed beside the one running the tests (the machine has a Temurin 25). */
  static Path newestJdk() throws IOException {
    Path installed = Path.of(System.getProperty("touchpoint.jdks", "/usr/lib/jvm"));
    Assumptions.assumeTrue(Files.isDirectory(installed), "no JDK directory at " + installed);
    try (Stream<Path> jdks = Files.list(installed)) {
      Path newest = jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
          .max((a, b) -> Integer.compare(featureVersion(a), featureVersion(b)))
          .orElse(null);
      Assumptions.assumeTrue(newest != null && featureVersion(newest) > Runtime.version().feature(),
          "no JDK newer than " + Runtime.version().feature() + " under " + installed);
      return newest;
    }
  }

  static int featureVersion(Path jdk) {
    try {
      for (String line : Files.readAllLines(jdk.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          return Integer.parseInt(line.substring("JAVA_VERSION=".length()).replace("\"", "").split("[.+-]")[0]);
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // not a JDK whose version we can tell
    }
    return 0;
  }

  private static Path existing(String property) {
    String location = System.getProperty(property);
    if (location == null || !Files.exists(Path.of(location))) {
      throw new AssertionError(property + " is not set to an existing file (" + location
          + "); run the integration tests through Maven's verify phase");
    }
    return Path.of(location);
  }
}
