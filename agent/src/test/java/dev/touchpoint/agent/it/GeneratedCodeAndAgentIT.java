package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiled with the processor and run with the agent: generated code and advice both apply, and
 * overrides call the methods they override. Every call is one span, never two; classes are
 * matched through the experience map.
 */
class GeneratedCodeAndAgentIT {

  @TempDir Path work;

  @Test
  void eachCallIsExactlyOneSpan() throws Exception {
    List<Path> libraries = new ArrayList<>(TestClasspath.artifacts("touchpoint-sdk-api"));
    libraries.addAll(TestClasspath.openTelemetrySdk());
    Path classes = FixtureApps.compile("generated", libraries, true, work, "support", "generated");
    List<Path> classpath = new ArrayList<>(libraries);
    classpath.add(0, classes);

    ChildJvm.Result run = ChildJvm.java().touchpointAgent("debug=true").classpath(classpath)
        .main("bank.GeneratedApp").run();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("generated 1", "plain 2", "override 4", "generated override 5");
    assertThat(run.spans()).extracting(PrintedSpan::name).containsExactly(
        "payments.authorise", "payments.authorise", "premium.authorise", "premium.authorise");
    assertThat(run.spans()).allSatisfy(span -> assertThat(span.hasNoParent()).isTrue());
    assertThat(run.stderr())
        .contains("instruments bank.Payments.authorise(J)J as a touchpoint (from experience map)")
        .contains("instruments bank.PremiumPayments.authorise(J)J as a touchpoint (from experience map)");
    assertThat(run.agentLines().get(0)).contains("2 touchpoints in 2 classes from experience maps");
  }
}
