package dev.touchpoint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/report.md's PromQL, checked by Prometheus's own promtool (Debian's prometheus package). */
class ReportDocumentationTest {

  static final Pattern PROMQL = Pattern.compile("```promql\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path work;

  @Test
  void everyPromqlQueryInTheReportsPageIsValid() throws Exception {
    Path promtool = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .map(directory -> Path.of(directory, "promtool")).filter(Files::isExecutable).findFirst().orElse(null);
    Assumptions.assumeTrue(promtool != null, "promtool is not installed: install Debian's prometheus package"
        + " (apt-get install prometheus), as .ci/run does");
    List<String> queries = new ArrayList<>();
    Matcher block = PROMQL.matcher(Files.readString(Path.of("..", "docs", "report.md")));
    while (block.find()) {
      block.group(1).lines().filter(line -> !line.isBlank()).forEach(queries::add);
    }
    StringBuilder rules = new StringBuilder("groups:\n  - name: docs\n    rules:\n");
    for (int i = 0; i < queries.size(); i++) {
      rules.append("      - record: docs:query").append(i).append("\n        expr: '")
          .append(queries.get(i).replace("'", "''")).append("'\n");
    }
    Path file = Files.writeString(work.resolve("docs.rules.yaml"), rules);

    Process check = new ProcessBuilder(promtool.toString(), "check", "rules", file.toString())
        .redirectErrorStream(true).start();
    String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(check.waitFor(1, TimeUnit.MINUTES)).isTrue();

    assertThat(queries).as("queries in docs/report.md").hasSize(6);
    assertThat(check.exitValue()).as(output).isZero();
  }
}
