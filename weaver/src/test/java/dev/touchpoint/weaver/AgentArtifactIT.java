package dev.touchpoint.weaver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent as a user gets it: {@code mvn dependency:copy} of {@code dev.touchpoint:touchpoint-agent}
 * from a local repository, as the README shows, gives a jar that {@code -javaagent} accepts and that
 * instruments an application.
 */
class AgentArtifactIT {

  @TempDir static Path work;
  static ThisBuildsArtifacts artifacts;

  @BeforeAll
  static void installThisBuildsArtifacts() throws Exception {
    artifacts = ThisBuildsArtifacts.install(work);
  }

  @Test
  void theResolvedArtifactIsTheRunnableAgent() throws Exception {
    Path folder = Files.createDirectories(work.resolve("copied"));
    artifacts.run(folder, true, "org.apache.maven.plugins:maven-dependency-plugin:"
        + System.getProperty("dependency.plugin.version") + ":copy",
        "-Dartifact=dev.touchpoint:touchpoint-agent:" + ThisBuildsArtifacts.VERSION,
        "-DoutputDirectory=" + folder, "-Dmdep.stripVersion=true");
    Path agent = folder.resolve("touchpoint-agent.jar");
    assertThat(agent).isRegularFile();

    Path classes = WovenShop.compile(work.resolve("shop"), List.of(), WovenShop.sources());
    String output = WovenShop.run(List.of(classes), agent);

    assertThat(output).contains("[touchpoint-agent] Touchpoint agent ").doesNotContain("Failed to find Premain-Class");
    assertThat(WovenShop.tree(WovenShop.spanLines(output))).as(output).isEqualTo(WovenShop.SPAN_TREE);
  }
}
