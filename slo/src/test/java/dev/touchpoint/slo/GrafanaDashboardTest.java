package dev.touchpoint.slo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GrafanaDashboardTest {

  @TempDir Path work;

  @Test
  void thePaymentsDashboardShowsPromisesDurationsRecoveriesAndBudgets() throws Exception {
    JsonNode dashboard = dashboard(Fixtures.payments(work));

    assertThat(dashboard.get("title").asString()).isEqualTo("Touchpoint: payments");
    assertThat(titles(dashboard)).containsExactly(
        "Promises kept, by touchpoint and customer",
        "payments.authorise: duration against \"fast\" within 200ms",
        "Recoveries",
        "Error budget remaining (28d)");
    JsonNode kept = dashboard.get("panels").get(0).get("targets");
    assertThat(kept.get(0).get("expr").asString()).isEqualTo("touchpoint:cx_promise_kept:ratio_rate5m"
        + "{job=\"payments\",cx_touchpoint=\"payments.authorise\",cx_promise=\"fast\"}");
    assertThat(kept.get(0).get("legendFormat").asString()).isEqualTo("payments.authorise · fast · internal checkout");
    JsonNode duration = dashboard.get("panels").get(1);
    assertThat(duration.get("targets").get(1).get("expr").asString()).isEqualTo("histogram_quantile(0.95, sum by (le)"
        + " (rate(cx_touchpoint_duration_seconds_bucket{job=\"payments\",cx_touchpoint=\"payments.authorise\"}[5m])))");
    assertThat(duration.at("/fieldConfig/defaults/thresholds/steps/1/value").asDouble()).isEqualTo(0.2);
    assertThat(dashboard.get("panels").get(3).get("targets").get(0).get("expr").asString())
        .isEqualTo("1 - (1 - touchpoint:cx_promise_kept:ratio_rate28d{job=\"payments\",cx_touchpoint=\"payments.authorise\","
            + "cx_promise=\"fast\"}) / 0.001");
  }

  @Test
  void aServiceWithoutRecoveriesHasNoRecoveriesPanelAndPanelsDoNotOverlap() throws Exception {
    JsonNode dashboard = dashboard(Fixtures.storefront(work));

    assertThat(titles(dashboard)).containsExactly(
        "Promises kept, by touchpoint and customer",
        "checkout.place-order: duration against \"fast\" within 300ms",
        "catalog.browse: duration against \"fast\" within 2s",
        "Error budget remaining (28d)");
    List<String> cells = new ArrayList<>();
    for (JsonNode panel : dashboard.get("panels")) {
      JsonNode grid = panel.get("gridPos");
      for (int x = grid.get("x").asInt(); x < grid.get("x").asInt() + grid.get("w").asInt(); x++) {
        for (int y = grid.get("y").asInt(); y < grid.get("y").asInt() + grid.get("h").asInt(); y++) {
          cells.add(x + "," + y);
        }
      }
      assertThat(grid.get("x").asInt() + grid.get("w").asInt()).isLessThanOrEqualTo(24);
    }
    assertThat(cells).doesNotHaveDuplicates();
  }

  @Test
  void everyQueryIsPromqlThatPrometheusAccepts() throws Exception {
    Promtool promtool = Promtool.onPath();
    StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard-queries\n    rules:\n");
    int count = 0;
    for (var experience : List.of(Fixtures.storefront(work), Fixtures.payments(work))) {
      for (JsonNode panel : dashboard(experience).get("panels")) {
        for (JsonNode target : panel.get("targets")) {
          rules.append("      - record: dashboard:query").append(count++).append("\n        expr: '")
              .append(target.get("expr").asString().replace("'", "''")).append("'\n");
        }
      }
    }
    Path file = Files.writeString(work.resolve("queries.yaml"), rules);

    assertThat(promtool.checkRules(file)).contains("SUCCESS: " + count + " rules found");
  }

  private JsonNode dashboard(dev.touchpoint.slo.model.ServiceExperience experience) throws Exception {
    return JsonMapper.builder().build().readTree(ServiceLevels.write(experience, work.resolve("out")).get(2).toFile());
  }

  private static List<String> titles(JsonNode dashboard) {
    List<String> titles = new ArrayList<>();
    dashboard.get("panels").forEach(panel -> titles.add(panel.get("title").asString()));
    return titles;
  }
}
