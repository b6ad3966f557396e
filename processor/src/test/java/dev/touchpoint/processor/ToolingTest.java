package dev.touchpoint.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How build tools find and run the processor: javac's service loading, Gradle, --release, JDK 23+. */
class ToolingTest {

  @Test
  void javacFindsTheProcessorThroughItsServiceRegistration() {
    assertThat(ServiceLoader.load(Processor.class).stream().map(ServiceLoader.Provider::type))
        .contains(TouchpointProcessor.class);
  }

  @Test
  void gradleIsToldItIsAnAggregatingIncrementalProcessor() throws Exception {
    String registration;
    try (var in = getClass().getClassLoader()
        .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      registration = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    // Aggregating: the experience map and the service registration gather every annotated type.
    assertThat(registration).isEqualTo(TouchpointProcessor.class.getName() + ",aggregating");
    assertThat(Processor.class.isAssignableFrom(Class.forName(registration.split(",")[0]))).isTrue();
  }

  @Test
  void itWorksWithRelease17() {
    Compilation compilation = Compilations.compileWith(List.of("--release", "17"), Compilations.shop());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.shop.CheckoutTouchpoints");
  }

  @Test
  void theNewestJavacRunsItFromTheProcessorPathWithRelease17(@TempDir Path out) throws Exception {
    Path javac = newestJdk().resolve("bin/javac");
    Compiled compiled = javac(javac, out, "-processorpath", testClassPath(), "-classpath", testClassPath());

    assertThat(compiled.exitCode()).as(compiled.output()).isZero();
    assertThat(out.resolve("classes/com/shop/CheckoutTouchpoints.class")).exists();
    assertThat(out.resolve("classes/META-INF/touchpoint/experience-map.json")).exists();
  }

  @Test
  void theNewestJavacIgnoresItOnThePlainClassPathWhichIsWhyTheReadmeUsesTheProcessorPath(
      @TempDir Path out) throws Exception {
    Path jdk = newestJdk();
    Assumptions.assumeTrue(featureVersion(jdk) >= 23, "javac before 23 still runs class-path processors");

    Compiled compiled = javac(jdk.resolve("bin/javac"), out, "-classpath", testClassPath());

    assertThat(compiled.exitCode()).as(compiled.output()).isZero();
    assertThat(out.resolve("classes/com/shop/CheckoutTouchpoints.class")).doesNotExist();
  }

  private record Compiled(int exitCode, String output) {}

  private static Compiled javac(Path javac, Path out, String... pathOptions) throws Exception {
    List<String> command = new ArrayList<>(List.of(javac.toString(), "--release", "17",
        "-d", out.resolve("classes").toString(), "-s", out.resolve("generated").toString()));
    command.addAll(List.of(pathOptions));
    for (String source : Compilations.shop()) {
      command.add(Path.of(ToolingTest.class.getClassLoader().getResource(source).toURI()).toString());
    }
    Files.createDirectories(out.resolve("classes"));
    Files.createDirectories(out.resolve("generated"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      output = reader.lines().collect(Collectors.joining("\n"));
    }
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Compiled(process.exitValue(), output);
  }

  /** The test class path as surefire knows it (java.class.path may be a manifest-only jar). */
  private static String testClassPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  /** The newest JDK installed beside the one running the tests. */
  static Path newestJdk() throws IOException {
    Path installed = Path.of(System.getProperty("touchpoint.jdks", "/usr/lib/jvm"));
    Assumptions.assumeTrue(Files.isDirectory(installed), "no JDK directory at " + installed);
    try (Stream<Path> jdks = Files.list(installed)) {
      Path newest = jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/javac")))
          .max((a, b) -> Integer.compare(featureVersion(a), featureVersion(b)))
          .orElse(null);
      Assumptions.assumeTrue(newest != null, "no JDK under " + installed);
      return newest;
    }
  }

  private static int featureVersion(Path jdk) {
    try {
      for (String line : Files.readAllLines(jdk.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          return Integer.parseInt(version.split("[.+-]")[0]);
        }
      }
    } catch (IOException | NumberFormatException unreadable) {
      // fall through: not a JDK we can tell the version of
    }
    return 0;
  }
}
