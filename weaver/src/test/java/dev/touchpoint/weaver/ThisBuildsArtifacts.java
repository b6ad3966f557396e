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
 * {@code mvn install} would put them, with everything else linked in from the machine's repository;
 * and real, offline {@code mvn} runs against it, as a user's build runs.
 */
final class ThisBuildsArtifacts {

  static final String VERSION = System.getProperty("touchpoint.version");

  private final Path repository;

  private ThisBuildsArtifacts(Path repository) {
    this.repository = repository;
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
    linkEverythingElse(repository, Path.of(System.getProperty("user.home"), ".m2", "repository"));
    return new ThisBuildsArtifacts(repository);
  }

  /**
   * Links the rest of the machine's repository in beside this build's artifacts, so that an offline
   * build finds its plugins and libraries there and Touchpoint's artifacts only here, as a user's
   * would after the README's install command. (Maven 3.8 has no chained local repositories.)
   */
  private static void linkEverythingElse(Path repository, Path machine) throws IOException {
    assertThat(machine).as("the machine's Maven repository, filled by this build").isDirectory();
    try (var groups = Files.list(machine)) {
      for (Path group : groups.toList()) {
        if (!group.getFileName().toString().equals("dev")) {
          Files.createSymbolicLink(repository.resolve(group.getFileName().toString()), group);
        }
      }
    }
    if (!Files.isDirectory(machine.resolve("dev"))) {
      return;
    }
    try (var groups = Files.list(machine.resolve("dev"))) {
      for (Path group : groups.toList()) {
        if (!group.getFileName().toString().equals("touchpoint")) {
          Files.createSymbolicLink(repository.resolve("dev").resolve(group.getFileName().toString()), group);
        }
      }
    }
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

  /**
   * A {@code <pluginManagement>} for a project these tests build: the versions of the lifecycle's
   * plugins this reactor uses, so that an offline build finds them in the machine's repository
   * instead of needing Maven's own, older defaults.
   */
  static String samePluginsAsThisBuild() {
    StringBuilder plugins = new StringBuilder("<pluginManagement><plugins>\n");
    for (String plugin : List.of("resources", "compiler", "surefire", "jar")) {
      plugins.append("  <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-").append(plugin)
          .append("-plugin</artifactId><version>").append(System.getProperty(plugin + ".plugin.version"))
          .append("</version></plugin>\n");
    }
    return plugins.append("</plugins></pluginManagement>\n").toString();
  }

  /** Starts {@code mvn -B -o} with these arguments in {@code directory}, against this repository. */
  Process start(Path directory, boolean quiet, String... arguments) throws IOException {
    List<String> command = new ArrayList<>(List.of("mvn", "-B", "-o", "-Dmaven.repo.local=" + repository));
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

  /** Runs {@code mvn -B -o} with these arguments, which must succeed; returns what it printed. */
  String run(Path directory, boolean quiet, String... arguments) throws IOException, InterruptedException {
    Process maven = start(directory, quiet, arguments);
    String output = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(maven.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(maven.exitValue()).as("mvn %s%n%s", String.join(" ", arguments), output).isZero();
    return output;
  }
}
