package dev.touchpoint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.report.summary.ExperienceReport;
import dev.touchpoint.report.write.ReportHtml;
import dev.touchpoint.report.write.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report as a reader opens it: in a real browser, from the file, with no network. It loads
 * without an error in the console, the numbers in its DOM are the JSON's, and a screenshot goes to
 * target/experience-report.png (docs/report.md shows one).
 */
class ReportInChromiumTest {

  @TempDir Path work;

  @Test
  void theReportLoadsCleanAndItsNumbersAreTheJsons() throws Exception {
    ExperienceReport report = ReportBuilderTest.report();
    Path page = work.resolve("experience-report.html");
    ReportHtml.write(report, page);
    JsonNode json = JsonMapper.builder().build().readTree(ReportJson.of(report));

    try (Chromium chromium = Chromium.start(work.resolve("profile"))) {
      chromium.open(page);
      JsonNode numbers = chromium.evaluate("[...document.querySelectorAll('[data-json]')]"
          + ".map(e => [e.dataset.json, Number(e.dataset.value), e.textContent])");
      chromium.screenshot(Path.of("target", "experience-report.png"));

      assertThat(chromium.errors()).as("errors in the browser's console").isEmpty();
      assertThat(numbers.size()).isGreaterThan(30);
      for (JsonNode number : numbers) {
        String path = number.get(0).asString();
        assertThat(number.get(1).asDouble()).as("%s, shown as %s", path, number.get(2).asString())
            .isEqualTo(ReportHtmlTest.at(json, path).asDouble());
      }
      assertThat(chromium.evaluate("document.querySelector('#journeys td').textContent").asString()).isEqualTo("checkout");
    }
    assertThat(Path.of("target", "experience-report.png")).isNotEmptyFile();
  }

  @Test
  void aPageWithErrorsIsCaughtSoACleanOneMeansSomething() throws Exception {
    Path page = Files.writeString(work.resolve("broken.html"), "<!DOCTYPE html><html><body><img src=\"missing.png\">"
        + "<script>console.error('boom'); undefinedFunction();</script></body></html>");

    try (Chromium chromium = Chromium.start(work.resolve("profile"))) {
      chromium.open(page);

      assertThat(chromium.errors()).anyMatch(error -> error.equals("console.error: boom"))
          .anyMatch(error -> error.startsWith("uncaught: "))
          .anyMatch(error -> error.startsWith("log: ") && error.contains("missing.png"));
    }
  }
}
