package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent supplies jars it carries inside its own (its runtime, the OpenTelemetry API, its own
 * SDK) without leaving them in java.io.tmpdir, however the JVM ends: on Linux each jar is read
 * through a descriptor the JVM holds, with no name on disk once it is open, so even a JVM killed
 * with -9 or halted leaves nothing. Directories that earlier agents left behind are removed by the
 * next start.
 */
class TempFilesIT {

  static final String TOUCHPOINTS = """
      touchpoints:
        - class: com.vendor.legacy.OrderService
          method: submit
          serves: external
      """;

  @TempDir static Path work;
  static Path classes;
  static Path touchpoints;

  @BeforeAll
  static void compileTheApplication() throws Exception {
    classes = FixtureApps.compile("legacy", List.of(), false, work, "legacy");
    touchpoints = Files.writeString(work.resolve("touchpoints.yaml"), TOUCHPOINTS);
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Jdk.class)
  void normalExitsLeaveNothing(Jdk jdk) throws Exception {
    Path temp = Files.createDirectories(work.resolve("tmp-normal-" + jdk));
    for (int run = 0; run < 3; run++) {
      ChildJvm.Result result = legacyApp(jdk, temp).run();
      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(result.stdout()).contains("done");
      assertThat(result.stderr()).as("the touchpoint recorded through the supplied SDK").contains("'OrderService.submit'");
      assertThat(contents(temp)).as("java.io.tmpdir after normal run %s", run).isEmpty();
    }
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Jdk.class)
  void killedJvmsLeaveNothingEvenWhileTheyRan(Jdk jdk) throws Exception {
    Path temp = Files.createDirectories(work.resolve("tmp-killed-" + jdk));
    for (int run = 0; run < 3; run++) {
      Process process = legacyApp(jdk, temp).property("legacy.wait", "true").start();
      try {
        awaitDone(process);
        assertThat(contents(temp)).as("java.io.tmpdir while run %s is still alive", run).isEmpty();
      } finally {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL on Linux
      }
      assertThat(contents(temp)).as("java.io.tmpdir after kill -9 number %s", run).isEmpty();
    }
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Jdk.class)
  void haltedJvmsLeaveNothing(Jdk jdk) throws Exception {
    Path temp = Files.createDirectories(work.resolve("tmp-halted-" + jdk));
    for (int run = 0; run < 3; run++) {
      ChildJvm.Result halted = legacyApp(jdk, temp).property("legacy.halt", "true").run();
      assertThat(halted.exitCode()).as(halted.toString()).isEqualTo(3);
      assertThat(contents(temp)).as("java.io.tmpdir after halt number %s", run).isEmpty();
    }
  }

  @Test
  void whatEarlierAgentsLeftIsRemovedByTheNextStart() throws Exception {
    Path temp = Files.createDirectories(work.resolve("tmp-left-over"));
    long gone = goneProcessId();
    Path leftOver = Files.createDirectories(temp.resolve("touchpoint-agent-" + gone + "-5150/sdk"));
    Files.write(leftOver.resolve("opentelemetry-sdk-1.0.jar"), new byte[4096]);
    Path someoneElses = Files.createDirectories(temp.resolve("touchpoint-agent-notes"));

    ChildJvm.Result result = legacyApp(Jdk.JDK_17, temp).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(contents(temp)).as("left by process %s, which is gone", gone).containsExactly(someoneElses);
  }

  private static void awaitDone(Process process) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    // "done" comes after the touchpoints ran, so every jar is supplied by then.
    CompletableFuture<Boolean> done = CompletableFuture.supplyAsync(() -> out.lines().anyMatch("done"::equals));
    assertThat(done.get(120, TimeUnit.SECONDS)).as("the application got to its end").isTrue();
  }

  /** The id of a process that has ended, so no live process owns it (barring reuse, which is rare). */
  private static long goneProcessId() throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor(30, TimeUnit.SECONDS);
    return process.pid();
  }

  private static ChildJvm legacyApp(Jdk jdk, Path temp) throws IOException {
    return jdk.java().touchpointAgent("config=" + touchpoints + ",sdk=true")
        .property("java.io.tmpdir", temp.toString())
        .property("otel.traces.exporter", "console")
        .classpath(List.of(classes)).main("com.vendor.legacy.LegacyApp");
  }

  private static List<Path> contents(Path temp) throws IOException {
    try (Stream<Path> files = Files.list(temp)) {
      return files.toList();
    }
  }
}
