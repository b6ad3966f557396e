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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent unpacks the jars it supplies (its runtime, the OpenTelemetry API, its own SDK) into
 * java.io.tmpdir. However a JVM ends, that never adds up: a normal exit leaves nothing, and what a
 * JVM killed with -9 or halted leaves is removed by the next agent that starts.
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

  /** Which JDK runs the application: the one running the tests (17), or the newest on the machine. */
  enum Jdk { JDK_17, NEWEST }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Jdk.class)
  void normalExitsLeaveNothing(Jdk jdk) throws Exception {
    Path temp = Files.createDirectories(work.resolve("tmp-normal-" + jdk));
    for (int run = 0; run < 3; run++) {
      ChildJvm.Result result = legacyApp(jdk, temp).run();
      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(result.stdout()).contains("done");
      assertThat(contents(temp)).as("java.io.tmpdir after normal run %s", run).isEmpty();
    }
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Jdk.class)
  void whatKilledAndHaltedJvmsLeaveIsRemovedByTheNextStart(Jdk jdk) throws Exception {
    Path temp = Files.createDirectories(work.resolve("tmp-killed-" + jdk));
    for (int run = 0; run < 3; run++) {
      killedOnceUnpacked(jdk, temp);
      assertThat(unpackDirectories(temp)).as("after kill -9 number %s", run).hasSize(1);
    }
    ChildJvm.Result halted = legacyApp(jdk, temp).property("legacy.halt", "true").run();
    assertThat(halted.exitCode()).as(halted.toString()).isEqualTo(3);
    assertThat(unpackDirectories(temp)).as("after a halt").hasSize(1);

    ChildJvm.Result normal = legacyApp(jdk, temp).run();

    assertThat(normal.exitCode()).as(normal.toString()).isZero();
    assertThat(contents(temp)).as("java.io.tmpdir once a normal run followed").isEmpty();
  }

  private static void killedOnceUnpacked(Jdk jdk, Path temp) throws Exception {
    Process process = legacyApp(jdk, temp).property("legacy.wait", "true").start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      // "done" comes after the touchpoints ran, so everything is unpacked by then.
      CompletableFuture<Boolean> done = CompletableFuture.supplyAsync(() -> out.lines().anyMatch("done"::equals));
      assertThat(done.get(120, TimeUnit.SECONDS)).as("the application got to its end").isTrue();
    } finally {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL on Linux
    }
  }

  private static ChildJvm legacyApp(Jdk jdk, Path temp) throws IOException {
    return (jdk == Jdk.NEWEST ? ChildJvm.java(Agents.newestJdk()) : ChildJvm.java()).touchpointAgent("config=" + touchpoints + ",sdk=true")
        .property("java.io.tmpdir", temp.toString())
        .property("otel.traces.exporter", "console")
        .classpath(List.of(classes)).main("com.vendor.legacy.LegacyApp");
  }

  private static List<Path> unpackDirectories(Path temp) throws IOException {
    return contents(temp).stream().filter(path -> path.getFileName().toString().startsWith("touchpoint-agent-")).toList();
  }

  private static List<Path> contents(Path temp) throws IOException {
    try (Stream<Path> files = Files.list(temp)) {
      return files.toList();
    }
  }
}
