package dev.touchpoint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.report.summary.ExperienceReport;
import dev.touchpoint.report.summary.ReportBuilder;
import dev.touchpoint.report.write.ReportHtml;
import dev.touchpoint.report.write.ReportJson;
import dev.touchpoint.report.trace.TraceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The page as text: what it says, that names from traces cannot become markup, and that it matches the JSON. */
class ReportHtmlTest {

  static final Pattern NUMBER = Pattern.compile("data-json=\"([^\"]+)\" data-value=\"([^\"]+)\"");

  @Test
  void everyNumberOnThePageIsTheJsonsNumber() {
    ExperienceReport report = ReportBuilderTest.report();
    String html = ReportHtml.of(report);
    JsonNode json = JsonMapper.builder().build().readTree(ReportJson.of(report));

    Matcher number = NUMBER.matcher(html);
    int numbers = 0;
    while (number.find()) {
      JsonNode value = at(json, number.group(1));
      assertThat(value.isNumber()).as("%s in the JSON", number.group(1)).isTrue();
      assertThat(Double.parseDouble(number.group(2))).as(number.group(1)).isEqualTo(value.asDouble());
      numbers++;
    }
    assertThat(numbers).isGreaterThan(30);
    assertThat(html).contains("<td>external shopper</td>", "50.0%", "payments (1)", "catalog.browse (storefront.jar)",
        "checkout.place-order (1 of 2)").doesNotContain("<script");
  }

  @Test
  void namesFromTracesAreTextNeverMarkup() {
    List<TraceSpan> spans = new ArrayList<>(ShopTraces.spans());
    spans.add(SpanBuilder.span("evil", "e1", null, "<img src=x onerror=alert(1)>")
        .touchpoint("<script>alert('touchpoint')</script>", "external", "\"><svg onload=alert(2)>")
        .journey("</table><h1>journey").build());

    String html = ReportHtml.of(new ReportBuilder().spans("otlp hostile.jsonl", spans, List.of()).build(ReportBuilderTest.NOW));

    assertThat(html).doesNotContain("<script>", "<img", "<svg onload", "</table><h1>")
        .contains("&lt;script&gt;alert(&#39;touchpoint&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
            "&quot;&gt;&lt;svg onload=alert(2)&gt;");
  }

  /** A JSON path as the page writes it: {@code journeys[0].firstTimeRightRate}. */
  static JsonNode at(JsonNode root, String path) {
    JsonNode node = root;
    for (String step : path.split("\\.")) {
      int bracket = step.indexOf('[');
      node = node.path(bracket < 0 ? step : step.substring(0, bracket));
      if (bracket >= 0) {
        node = node.path(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
      }
    }
    return node;
  }
}
