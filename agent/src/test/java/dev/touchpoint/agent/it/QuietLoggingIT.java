package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application with SLF4J's API but no provider for it (no logback, no slf4j-simple), as many
 * libraries' users have: Touchpoint's few lines go to the JDK's logger, and SLF4J never prints its
 * "No SLF4J providers were found" warnings into the application's output on Touchpoint's account.
 */
class QuietLoggingIT {

  @TempDir Path work;

  @Test
  void withoutAnSlf4jProviderTheLinesGoToTheJdksLoggerAndSlf4jSaysNothing() throws Exception {
    List<Path> libraries = new ArrayList<>(TestClasspath.artifacts("touchpoint-sdk-api", "slf4j-api"));
    libraries.addAll(TestClasspath.openTelemetrySdk());
    List<Path> classpath = new ArrayList<>(libraries);
    classpath.add(0, FixtureApps.compile("annotated", libraries, false, work, "support", "annotated"));

    ChildJvm.Result run = ChildJvm.java().touchpointAgent().classpath(classpath).main("shop.AnnotatedApp").run();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stderr()).as(run.toString()).doesNotContain("SLF4J")
        .contains("INFO: Touchpoint: touchpoints record into GlobalOpenTelemetry.");
  }
}
