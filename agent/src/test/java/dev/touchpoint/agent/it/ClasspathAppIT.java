package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A plain class-path application compiled without the processor, run with -javaagent: private,
 * static and final touchpoints of a final class, async, recovery, on JDK 17 and the newest JDK.
 */
class ClasspathAppIT {

  @TempDir static Path work;
  static List<Path> classpath;

  @BeforeAll
  static void compileTheApplication() throws Exception {
    List<Path> libraries = new ArrayList<>(TestClasspath.artifacts("touchpoint-sdk-api"));
    libraries.addAll(TestClasspath.openTelemetrySdk());
    Path classes = FixtureApps.compile("annotated", libraries, false, work, "support", "annotated");
    classpath = new ArrayList<>(libraries);
    classpath.add(0, classes);
  }

  @Test
  void everyAnnotatedMethodBecomesASpanWithTheSameAttributesGeneratedCodeWrites() throws Exception {
    ChildJvm.Result run = ChildJvm.java().touchpointAgent().classpath(classpath).main("shop.AnnotatedApp").run();

    assertTheShopWasInstrumented(run);
  }

  @Test
  void itWorksTheSameOnTheNewestJdk() throws Exception {
    ChildJvm.Result run = ChildJvm.java(Agents.newestJdk()).touchpointAgent().classpath(classpath)
        .main("shop.AnnotatedApp").run();

    assertTheShopWasInstrumented(run);
  }

  @Test
  void itSaysWhatItDidInOneLineAtStartup() throws Exception {
    ChildJvm.Result run = ChildJvm.java().touchpointAgent().classpath(classpath).main("shop.AnnotatedApp").run();

    assertThat(run.agentLines()).hasSize(1);
    assertThat(run.agentLines().get(0))
        .startsWith("[touchpoint-agent] Touchpoint agent ")
        .contains("-javaagent", "matched by their annotations as they load",
            "Spans go to the application's OpenTelemetry SDK");
  }

  /** Touchpoints files as fleets mangle them. */
  enum Mangled {
    NESTED_2000_DEEP, FIVE_MEGABYTES, BINARY, A_DIRECTORY, MISSING;

    Path write(Path directory) throws IOException {
      Path file = directory.resolve(name().toLowerCase(Locale.ROOT) + ".yaml");
      switch (this) {
        case NESTED_2000_DEEP -> Files.writeString(file, "touchpoints: " + "[".repeat(2_000));
        case FIVE_MEGABYTES -> Files.writeString(file, "# " + "x".repeat(5 * 1024 * 1024));
        case BINARY -> Files.write(file, new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, (byte) 0xFF});
        case A_DIRECTORY -> Files.createDirectories(file);
        case MISSING -> Files.deleteIfExists(file);
      }
      return file;
    }
  }

  static Stream<Arguments> mangledFilesOnEachJdk() {
    return Stream.of(Jdk.values()).flatMap(jdk -> Stream.of(Mangled.values()).map(mangled -> Arguments.of(mangled, jdk)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("mangledFilesOnEachJdk")
  void aMangledTouchpointsFileIsRejectedAloneAndTheAnnotatedTouchpointsStillRecord(Mangled mangled, Jdk jdk)
      throws Exception {
    Path file = mangled.write(Files.createDirectories(work.resolve("mangled-" + jdk)));

    ChildJvm.Result run = jdk.java().touchpointAgent("config=" + file).classpath(classpath)
        .main("shop.AnnotatedApp").run();

    assertTheShopWasInstrumented(run);
    assertThat(run.agentLines()).as(run.toString()).hasSize(2);
    assertThat(run.agentLines().get(0)).isEqualTo("[touchpoint-agent] ERROR " + expectedProblem(mangled, file));
    assertThat(run.agentLines().get(1)).contains("0 entries from " + file.getFileName());
  }

  private static String expectedProblem(Mangled mangled, Path file) {
    return switch (mangled) {
      case NESTED_2000_DEEP -> "nested_2000_deep.yaml:1: nested more than 32 levels deep (a touchpoints file is a few"
          + " levels deep); no touchpoints are declared from this file";
      case FIVE_MEGABYTES -> file + ": 5242882 bytes, more than a touchpoints file can be (at most 4 MB); no"
          + " touchpoints are declared from it";
      case BINARY -> file + ": not UTF-8 text, so not a touchpoints file (YAML); no touchpoints are declared from it";
      case A_DIRECTORY -> file + ": is a directory, not a touchpoints file; no touchpoints are declared from it";
      case MISSING -> file + ": no such file; no touchpoints are declared from it";
    };
  }

  @Test
  void disabledItInstrumentsNothingAndSaysSo() throws Exception {
    ChildJvm.Result run = ChildJvm.java().touchpointAgent().property("touchpoint.agent.enabled", "false")
        .classpath(classpath).main("shop.AnnotatedApp").run();

    assertThat(run.exitCode()).isZero();
    assertThat(run.spans()).isEmpty();
    assertThat(run.stdout()).contains("done");
    assertThat(run.agentLines()).containsExactly(
        "[touchpoint-agent] disabled by touchpoint.agent.enabled=false: nothing is instrumented");
  }

  static void assertTheShopWasInstrumented(ChildJvm.Result run) {
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("receipt:abc:3", "declined: declined", "quote 4.95", "cart xyz",
        "lambda ran", "done");
    List<PrintedSpan> spans = run.spans();
    assertThat(spans).extracting(PrintedSpan::name).containsExactly(
        "payments.authorise", "checkout.place-order",          // placeOrder("abc")
        "payments.authorise", "checkout.place-order",          // the declined order
        "shipping.quote",                                      // ends when the stage completes
        "payments.authorise", "checkout.place-order", "payments.retry",
        "catalog.describe",                                    // once, although javac made a bridge
        "payments.authorise", "checkout.place-order");         // the proxy class itself is ignored

    PrintedSpan placeOrder = spans.get(1);
    assertThat(placeOrder.attributes()).containsEntry("cx.touchpoint", "checkout.place-order")
        .containsEntry("cx.customer.kind", "external")
        .containsEntry("cx.customer.segment", "shopper")
        .containsEntry("cx.journey", "checkout")
        .containsEntry("cx.owner", "checkout-team")
        .containsEntry("cx.promises", "fast,right-first-time")
        .containsEntry("code.function.name", "shop.Checkout.placeOrder");
    assertThat(spans.get(0).parentSpanId()).isEqualTo(placeOrder.spanId());
    assertThat(spans.get(0).attributes()).containsEntry("cx.customer.kind", "partner")
        .containsEntry("cx.promises", "right-first-time");

    assertThat(spans.get(2).status()).isEqualTo("ERROR");
    assertThat(spans.get(2).attributes()).containsEntry("error.type", "java.lang.IllegalArgumentException");
    assertThat(spans.get(3).status()).isEqualTo("ERROR");

    PrintedSpan retry = spans.get(7);
    assertThat(retry.attributes()).containsEntry("cx.recovery", "payments.retry");
    assertThat(spans.get(6).parentSpanId()).isEqualTo(retry.spanId());
  }
}
