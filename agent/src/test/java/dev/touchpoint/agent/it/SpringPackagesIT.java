package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Application code in a package that begins with {@code org.springframework.}, as Spring's sample
 * applications are, is instrumented like any other; and a class in one of Spring's own packages is
 * instrumented where the touchpoints file names it. Only the JDK, Touchpoint itself and what it
 * bundles are out of the file's reach.
 */
class SpringPackagesIT {

  static final String FILE = """
      touchpoints:
        - class: org.springframework.web.legacy.Transfers
          method: send
          name: transfers.send
          serves: partner
      """;

  @TempDir static Path work;
  static List<Path> classpath;

  @BeforeAll
  static void compileTheApplication() throws Exception {
    List<Path> libraries = new ArrayList<>(TestClasspath.artifacts("touchpoint-sdk-api"));
    libraries.addAll(TestClasspath.openTelemetryApi());
    classpath = new ArrayList<>(libraries);
    classpath.add(0, FixtureApps.compile("spring-named", libraries, false, work, "spring-named"));
  }

  @Test
  void applicationCodeInSpringLikePackagesAndNamedFrameworkClassesAreInstrumented() throws Exception {
    Path file = Files.writeString(work.resolve("touchpoints.yaml"), FILE);

    ChildJvm.Result run = ChildJvm.java().touchpointAgent("config=" + file + ",sdk=true")
        .property("otel.traces.exporter", "console")
        .classpath(classpath).main("org.springframework.samples.petclinic.VetApp").run();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("booked rex", "sent to clinic", "done");
    assertThat(run.agentLines()).as(run.toString()).noneMatch(line -> line.contains("ERROR"));
    assertThat(ConsoleSpan.parse(run.stderr())).extracting(ConsoleSpan::name).as(run.toString())
        .containsExactlyInAnyOrder("visits.book", "transfers.send");
  }
}
