package dev.touchpoint.agent.it;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Finds jars on the test's own class path, to build child JVMs' class paths from real artifacts. */
final class TestClasspath {

  private TestClasspath() {}

  /** The entry for {@code artifactId}: its jar, or a reactor module's classes directory. */
  static Path artifact(String artifactId) {
    for (Path entry : entries()) {
      String file = entry.getFileName().toString();
      if (file.startsWith(artifactId + "-") && file.endsWith(".jar")
          && Character.isDigit(file.charAt(artifactId.length() + 1))) {
        return entry;
      }
      String module = artifactId.replace("touchpoint-", "");
      if (entry.endsWith(Path.of(module, "target", "classes"))) {
        return entry;
      }
    }
    throw new AssertionError("no " + artifactId + " on the test class path");
  }

  static List<Path> artifacts(String... artifactIds) {
    return Arrays.stream(artifactIds).map(TestClasspath::artifact).toList();
  }

  /** The OpenTelemetry API and SDK jars. */
  static List<Path> openTelemetrySdk() {
    return artifacts("opentelemetry-api", "opentelemetry-context", "opentelemetry-common",
        "opentelemetry-sdk", "opentelemetry-sdk-common", "opentelemetry-sdk-trace",
        "opentelemetry-sdk-metrics", "opentelemetry-sdk-logs");
  }

  static List<Path> openTelemetryApi() {
    return artifacts("opentelemetry-api", "opentelemetry-context", "opentelemetry-common");
  }

  /** What javac needs to run the Touchpoint processor. */
  static List<Path> processorPath() {
    List<Path> path = new ArrayList<>(artifacts("touchpoint-processor", "touchpoint-sdk-api", "javapoet",
        "jackson-core"));
    path.addAll(openTelemetryApi());
    return path;
  }

  private static List<Path> entries() {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(classpath.split(File.pathSeparator)).map(Path::of).toList();
  }
}
