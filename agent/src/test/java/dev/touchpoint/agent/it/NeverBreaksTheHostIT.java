package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever fails inside the agent or its advice, the application runs exactly as written. */
class NeverBreaksTheHostIT {

  @TempDir Path work;

  @Test
  void failuresInsideAdviceNeverReachTheApplicationAndAreLoggedOnce() throws Exception {
    // No SLF4J on this class path: the runtime reports through the JDK's logger instead.
    List<Path> classpath = applicationClasspath("throwing");

    ChildJvm.Result run = ChildJvm.java().touchpointAgent().classpath(classpath).main("broken.ThrowingApp").run();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("sum 5050");
    assertThat(run.spans()).hasSize(100);
    assertThat(run.stderr().split("Touchpoint failed to end a touchpoint span", -1)).as(run.toString()).hasSize(2);
    assertThat(run.stderr()).contains("exporter pipeline broken", "Reported once; later failures of this kind are not"
        + " logged. Unless the cause is the application's own OpenTelemetry set-up (an exporter or span processor that"
        + " throws), please report it with this message, as 'Reporting problems' in Touchpoint's README says.");
  }

  @Test
  void aMethodTooLargeToWeaveIsSkippedAloneAndTheRestOfItsClassIsWoven() throws Exception {
    assertTooLargeIsSkippedAlone(ChildJvm.java());
  }

  @Test
  void onTheNewestJdkToo() throws Exception {
    assertTooLargeIsSkippedAlone(ChildJvm.java(Agents.newestJdk()));
  }

  private void assertTooLargeIsSkippedAlone(ChildJvm jvm) throws Exception {
    List<Path> classpath = applicationClasspath("huge");
    HugeClass.writeInto(classpath.get(0));

    ChildJvm.Result run = jvm.touchpointAgent().classpath(classpath).main("huge.HugeApp").run();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("big ran", "fits ran", "small ran", "done");
    assertThat(run.spans()).extracting(PrintedSpan::name).containsExactly("huge.fits", "huge.small");
    assertThat(run.agentLines()).as(run.toString()).containsOnlyOnce("[touchpoint-agent] WARN could not instrument"
        + " huge.Huge.big()V: its code would exceed the JVM's limit of 65535 bytes with the touchpoint woven in"
        + " (split it into smaller methods to instrument it); it runs uninstrumented, and the rest of huge.Huge is"
        + " instrumented");
  }

  private List<Path> applicationClasspath(String fixture) throws Exception {
    List<Path> libraries = new ArrayList<>(TestClasspath.artifacts("touchpoint-sdk-api"));
    libraries.addAll(TestClasspath.openTelemetrySdk());
    List<Path> classpath = new ArrayList<>(libraries);
    classpath.add(0, FixtureApps.compile(fixture, libraries, false, work, "support", fixture));
    return classpath;
  }
}
