package dev.touchpoint.weaver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A local Maven repository of a test's own that holds the artifacts this build just made, as
 * {@code mvn install} would put them, with everything else taken from the machine's repository or
 * Maven Central; and real {@code mvn} runs against it, as a user's build runs.
 */
final class ThisBuildsArtifacts {

  static final String VERSION = System.getProperty("touchpoint.version");

  private final Path repository;
  private final Path settings;

  private ThisBuildsArtifacts(Path repository, Path settings) {
    this.repository = repository;
    this.settings = settings;
  }

  /** Installs the parent POM, the BOM, the SDK, the processor, the agent (and its unshaded classes) and the weaver. */
  static ThisBuildsArtifacts install(Path work) throws IOException {
    Path repository = Files.createDirectories(work.resolve("repository"));
    Path root = Path.of(System.getProperty("touchpoint.root"));
    install(repository, "touchpoint-parent", root.resolve("pom.xml"), null, null);
    install(repository, "touchpoint-bom", root.resolve("bom/pom.xml"), null, null);
    for (String module : List.of("sdk-api", "processor", "agent", "weaver")) {
      String artifact = "touchpoint-" + module;
      Path target = root.resolve(module).resolve("target");
      install(repository, artifact, root.resolve(module).resolve("pom.xml"),
          target.resolve(artifact + "-" + VERSION + ".jar"), null);
    }
    // The weaver runs the agent's unshaded classes; the agent's main artifact is the runnable agent.
    install(repository, "touchpoint-agent", null,
        root.resolve("agent/target/touchpoint-agent-" + VERSION + "-classes.jar"), "classes");
    Path userRepository = Path.of(System.getProperty("user.home"), ".m2", "repository");
    Path settings = Files.writeString(work.resolve("settings.xml"), """
        <settings>
          <profiles>
            <profile>
              <id>this-machine</id>
              <repositories>
                <repository><id>this-machine</id><url>%1$s</url></repository>
              </repositories>
              <pluginRepositories>
                <pluginRepository><id>this-machine</id><url>%1$s</url></pluginRepository>
              </pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>this-machine</activeProfile></activeProfiles>
        </settings>
        """.formatted(userRepository.toUri()));
    return new ThisBuildsArtifacts(repository, settings);
  }

  private static void install(Path repository, String artifact, Path pom, Path jar, String classifier)
      throws IOException {
    Path directory = Files.createDirectories(repository.resolve("dev/touchpoint").resolve(artifact).resolve(VERSION));
    if (pom != null) {
      Files.copy(pom, directory.resolve(artifact + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
    }
    if (jar != null) {
      assertThat(jar).as("built by this reactor before the integration tests").isRegularFile();
      String name = artifact + "-" + VERSION + (classifier == null ? "" : "-" + classifier) + ".jar";
      Files.copy(jar, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Starts {@code mvn -B} with these arguments in {@code directory}, against this repository. */
  Process start(Path directory, boolean quiet, String... arguments) throws IOException {
    List<String> command = new ArrayList<>(List.of("mvn", "-B", "-s", settings.toString(),
        "-Dmaven.repo.local=" + repository));
    if (quiet) {
      command.add("-q");
    }
    command.addAll(List.of(arguments));
    try {
      return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    } catch (IOException noMaven) {
      throw new AssertionError("this test runs a real Maven build and needs Maven (mvn) on the PATH", noMaven);
    }
  }

  /** Runs {@code mvn -B} with these arguments, which must succeed; returns what it printed. */
  String run(Path directory, boolean quiet, String... arguments) throws IOException, InterruptedException {
    Process maven = start(directory, quiet, arguments);
    String output = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(maven.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(maven.exitValue()).as("mvn %s%n%s", String.join(" ", arguments), output).isZero();
    return output;
  }
}
