package dev.touchpoint.slo.model;

import java.util.List;

/**
 * What one service promises, read from its experience maps and touchpoints files.
 *
 * @param service the service's name: the Prometheus {@code job} its metrics are scraped under and
 *     the OpenTelemetry {@code service.name}
 * @param promises every touchpoint × promise, in a stable order
 * @param recoveries the names of the recovery paths the service declares
 * @param touchpointsDeclared every touchpoint it declares, with or without promises
 */
public record ServiceExperience(String service, List<PromiseObjective> promises, List<String> recoveries,
    List<DeclaredTouchpoint> touchpointsDeclared) {

  public ServiceExperience {
    promises = List.copyOf(promises);
    recoveries = List.copyOf(recoveries);
    touchpointsDeclared = List.copyOf(touchpointsDeclared);
  }

  /** The touchpoints with a promise, in order, each once. */
  public List<String> touchpoints() {
    return promises.stream().map(PromiseObjective::touchpoint).distinct().toList();
  }
}
