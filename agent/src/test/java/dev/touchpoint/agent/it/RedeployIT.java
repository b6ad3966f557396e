package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application server redeploying the same application fifty times, with Touchpoint and
 * OpenTelemetry on the server's class path and the agent weaving each new copy: no undeployed
 * class loader stays reachable through Touchpoint, and the promise outcomes of all fifty copies add
 * up in one series per touchpoint and promise rather than one per copy.
 */
class RedeployIT {

  static final int ROUNDS = 50;

  @TempDir static Path work;
  static List<Path> server;
  static Path application;

  @BeforeAll
  static void compileTheServerAndTheApplication() throws Exception {
    List<Path> libraries = new ArrayList<>(TestClasspath.artifacts("touchpoint-sdk-api"));
    libraries.addAll(TestClasspath.openTelemetrySdk());
    server = new ArrayList<>(libraries);
    server.add(0, FixtureApps.compile("redeploy-server", libraries, false, work, "support", "redeploy"));
    application = FixtureApps.compile("redeploy-application", server, false, work, "promises", "redeploy-webapp");
  }

  @Test
  void fiftyRedeploysLeaveNoClassLoaderBehind() throws Exception {
    assertNothingIsPinned(ChildJvm.java());
  }

  @Test
  void onTheNewestJdkToo() throws Exception {
    assertNothingIsPinned(ChildJvm.java(Agents.newestJdk()));
  }

  private static void assertNothingIsPinned(ChildJvm java) throws Exception {
    ChildJvm.Result run = java.touchpointAgent().classpath(server)
        .main("redeploy.RedeployHost", application.toString(), String.valueOf(ROUNDS)).run();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout().lines().filter(line -> line.equals("round: retried retry, checked checked")))
        .as(run.toString()).hasSize(ROUNDS);
    assertThat(run.stdout()).as(run.toString()).contains("undeployed loaders still reachable: 0 of " + ROUNDS);
    // Three calls a round, each judging two promises (fast, and right-first-time from package-info).
    assertThat(run.stdout()).contains("METRIC\tcx.promise.outcomes\t" + ROUNDS * 3 * 2);
  }
}
