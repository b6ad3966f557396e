package dev.touchpoint.slo;

import dev.touchpoint.slo.grafana.GrafanaDashboard;
import dev.touchpoint.slo.model.ServiceExperience;
import dev.touchpoint.slo.openslo.OpenSloDocuments;
import dev.touchpoint.slo.prometheus.RuleFile;
import dev.touchpoint.slo.write.Documents;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes what the observability team runs for one service, generated from its brand promises:
 * OpenSLO documents, a Prometheus rule file and a Grafana dashboard. See docs/slo.md.
 */
public final class ServiceLevels {

  /** The objective of promises that state none, when the build and the command give none either. */
  public static final String DEFAULT_OBJECTIVE = "99.9%";

  private ServiceLevels() {}

  /**
   * Writes {@code openslo/SERVICE.yaml}, {@code prometheus/SERVICE.rules.yaml} and
   * {@code grafana/SERVICE.json} under {@code folder}; returns them in that order.
   */
  public static List<Path> write(ServiceExperience experience, Path folder) throws IOException {
    Path openSlo = folder.resolve("openslo").resolve(experience.service() + ".yaml");
    Path rules = folder.resolve("prometheus").resolve(experience.service() + ".rules.yaml");
    Path dashboard = folder.resolve("grafana").resolve(experience.service() + ".json");
    Documents.writeYaml(openSlo, OpenSloDocuments.of(experience));
    Documents.writeYaml(rules, List.of(RuleFile.of(experience)));
    Documents.writeJson(dashboard, GrafanaDashboard.of(experience));
    return List.of(openSlo, rules, dashboard);
  }
}
