package dev.touchpoint.slo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Prometheus's own checker, from Debian's {@code prometheus} package (which .ci/run installs). A
 * machine without it skips these tests and says why; the build prints the same in a warning.
 */
final class Promtool {

  static final String MISSING = "promtool is not installed: these tests check the generated rules with Prometheus's own"
      + " tools. Install Debian's prometheus package (apt-get install prometheus), as .ci/run does";

  private final Path binary;

  private Promtool(Path binary) {
    this.binary = binary;
  }

  /** The promtool on the PATH; skips the calling test when there is none. */
  static Promtool onPath() {
    Path found = find("promtool");
    Assumptions.assumeTrue(found != null, MISSING);
    return new Promtool(found);
  }

  static Path find(String tool) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(directory, tool);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** {@code promtool check rules FILE}, which must pass; returns what it printed. */
  String checkRules(Path rules) throws Exception {
    return run("check", "rules", rules.toString());
  }

  /** {@code promtool test rules FILE}: rule unit tests, with input series and expected values and alerts. */
  String testRules(Path tests) throws Exception {
    return run("test", "rules", tests.toString());
  }

  private String run(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(binary.toString()));
    command.addAll(List.of(arguments));
    Process promtool = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(promtool.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(promtool.exitValue()).as("%s%n%s", String.join(" ", command), output).isZero();
    return output;
  }
}
