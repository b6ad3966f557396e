package dev.touchpoint.weaver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent as a platform team gets it: the README's own {@code mvn dependency:copy} command, run
 * against a local repository holding this build's artifacts, gives a jar that {@code -javaagent}
 * accepts and that instruments an application.
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
    String readme = Files.readString(Path.of(System.getProperty("touchpoint.root"), "README.md"));
    String platformTeams = readme.substring(readme.indexOf("## Quick start for platform teams"));
    String copy = platformTeams.lines().filter(line -> line.startsWith("mvn dependency:copy ")).findFirst()
        .orElseThrow(() -> new AssertionError("the README's platform quick start has no mvn dependency:copy line"));
    // The README's command, word for word, run where the agent should land.
    artifacts.run(folder, true, copy.substring("mvn ".length()).split(" "));
    Path agent = folder.resolve("touchpoint-agent.jar");
    assertThat(agent).isRegularFile();

    Path classes = WovenShop.compile(work.resolve("shop"), List.of(), WovenShop.sources());
    String output = WovenShop.run(List.of(classes), agent);

    assertThat(output).contains("[touchpoint-agent] Touchpoint agent ").doesNotContain("Failed to find Premain-Class");
    assertThat(WovenShop.tree(WovenShop.spanLines(output))).as(output).isEqualTo(WovenShop.SPAN_TREE);
  }
}
