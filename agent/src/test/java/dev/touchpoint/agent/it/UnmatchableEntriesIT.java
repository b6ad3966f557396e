package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Touchpoints file entries that can never do anything (a JDK class, Touchpoint's own package, a
 * constructor) say so once each, naming file and line, instead of being silently inert; a misspelt
 * top-level key is reported and the rest of the file still works.
 */
class UnmatchableEntriesIT {

  static final String FILE = """
      touchpoints:
        - class: com.vendor.legacy.OrderService
          method: submit
          name: orders.submit
          serves: external
        - class: java.util.ArrayList
          method: add
          serves: internal
        - class: dev.touchpoint.runtime.**
          method: "*"
          serves: internal
        - class: com.vendor.legacy.OrderService
          method: <init>
          serves: internal
      touchpiont:
        - class: com.vendor.legacy.OrderService
          method: status
          serves: external
      """;

  @TempDir static Path work;
  static Path classes;

  @BeforeAll
  static void compileTheApplication() throws Exception {
    classes = FixtureApps.compile("legacy", List.of(), false, work, "legacy");
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Jdk.class)
  void eachEntryThatCanNeverMatchSaysSoOnceAndTheRestWork(Jdk jdk) throws Exception {
    Path file = Files.writeString(work.resolve("touchpoints.yaml"), FILE);

    ChildJvm.Result run = jdk.java().touchpointAgent("config=" + file + ",sdk=true")
        .property("otel.traces.exporter", "console")
        .classpath(List.of(classes)).main("com.vendor.legacy.LegacyApp").run();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("submitted o-1", "done");
    assertThat(run.agentLines()).as(run.toString()).containsSubsequence(
        "[touchpoint-agent] ERROR touchpoints.yaml:12: '<init>' cannot be a touchpoint: constructors and"
            + " initialisers are never instrumented; name the method that does the work (entry skipped)",
        "[touchpoint-agent] ERROR touchpoints.yaml:15: unknown key 'touchpiont': the file holds 'touchpoints',"
            + " 'recoveries' and 'controls' lists (ignored; the rest of the file is read)",
        "[touchpoint-agent] ERROR touchpoints.yaml:6: 'java.util.ArrayList' is never instrumented: the agent"
            + " leaves the JDK, Touchpoint itself and the libraries it bundles alone (entry skipped)",
        "[touchpoint-agent] ERROR touchpoints.yaml:9: 'dev.touchpoint.runtime.**' is never instrumented: the agent"
            + " leaves the JDK, Touchpoint itself and the libraries it bundles alone (entry skipped)");
    assertThat(run.agentLines()).filteredOn(line -> line.contains("touchpoints.yaml:")).as("each said once").hasSize(4);
    assertThat(ConsoleSpan.parse(run.stderr())).extracting(ConsoleSpan::name).as(run.toString())
        .containsExactly("orders.submit");
  }
}
