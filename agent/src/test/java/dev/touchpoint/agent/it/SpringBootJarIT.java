package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spring Boot executable (fat) jar: the application and the Touchpoint SDK live in Spring Boot's
 * nested-jar class loader, where the agent must find both the annotations and the runtime.
 */
class SpringBootJarIT {

  @TempDir Path work;

  @Test
  void theAgentInstrumentsClassesInsideTheExecutableJar() throws Exception {
    List<Path> libraries = new ArrayList<>(TestClasspath.artifacts("touchpoint-sdk-api"));
    libraries.addAll(TestClasspath.openTelemetrySdk());
    Path classes = FixtureApps.compile("annotated", libraries, false, work, "support", "annotated");
    Path fatJar = SpringBootJar.build(work.resolve("shop.jar"), "shop.AnnotatedApp", classes, libraries);

    ChildJvm.Result run = ChildJvm.java().touchpointAgent().jar(fatJar).run();

    ClasspathAppIT.assertTheShopWasInstrumented(run);
  }
}
