package dev.touchpoint.examples.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The build step docs/slo.md shows: every build of the storefront writes its promises as OpenSLO
 * documents, Prometheus rules and a Grafana dashboard into target/touchpoint-slo, with the
 * objectives the package declares.
 */
class ServiceLevelObjectivesTest {

  static final Path SLO = Path.of("target", "touchpoint-slo");
  /** "From `examples/storefront/target/touchpoint-slo/FILE`", then a YAML block. */
  static final Pattern QUOTE = Pattern.compile(
      "From `examples/storefront/target/touchpoint-slo/([^`]+)`[^`]*```yaml\\n(.*?)```", Pattern.DOTALL);

  @Test
  void theBuildWroteTheStorefrontsObjectives() {
    assertThat(SLO.resolve("openslo/storefront.yaml")).content()
        .contains("name: storefront-checkout-place-order-fast\n", "target: 0.995\n", "target: 0.999\n");
    assertThat(SLO.resolve("prometheus/storefront.rules.yaml")).content()
        .contains("(1 - touchpoint:cx_promise_kept:ratio_rate1h{job=\"storefront\",cx_touchpoint=\"checkout.place-order\","
            + "cx_promise=\"fast\"}) > (14.4 * 0.005)");
    assertThat(SLO.resolve("grafana/storefront.json")).content().contains("\"title\" : \"Touchpoint: storefront\"");
  }

  /** docs/slo.md quotes these files; each quote must be what the build writes. */
  @Test
  void theDocumentationQuotesWhatTheBuildWrites() throws IOException {
    String page = Files.readString(Path.of("..", "..", "docs", "slo.md"));
    Matcher quote = QUOTE.matcher(page);
    int quotes = 0;
    while (quote.find()) {
      assertThat(SLO.resolve(quote.group(1))).as("docs/slo.md quotes %s", quote.group(1)).content().contains(quote.group(2));
      quotes++;
    }
    assertThat(quotes).as("quotes of generated files in docs/slo.md").isEqualTo(2);
  }
}
