package dev.touchpoint.slo.model;

import java.util.List;

/**
 * What one service promises, read from its experience maps and touchpoints files.
 *
 * @param service the service's name: the Prometheus {@code job} its metrics are scraped under and
 *     the OpenTelemetry {@code service.name}
 * @param promises every touchpoint × promise, in a stable order
 * @param recoveries the names of the recovery paths the service declares
 */
public record ServiceExperience(String service, List<PromiseObjective> promises, List<String> recoveries) {

  public ServiceExperience {
    promises = List.copyOf(promises);
    recoveries = List.copyOf(recoveries);
  }

  /** The touchpoints with a promise, in order, each once. */
  public List<String> touchpoints() {
    return promises.stream().map(PromiseObjective::touchpoint).distinct().toList();
  }
}
