package dev.touchpoint.report.summary;

import java.util.List;

/**
 * Every number of the experience report, as the HTML page shows them and the JSON file gives them
 * to machines: journeys as the customer lived them, touchpoints, who serves whom, and what the
 * maps declare that never ran or that ran undeclared.
 *
 * @param from the start of the time range (ISO-8601), or null for all that was read
 * @param to its end, exclusive, or null
 * @param services the services the report is about; empty for all
 * @param sources where the spans and maps were read from
 * @param problems one line per thing that could not be read; the rest is reported
 */
public record ExperienceReport(
    String generatedAt,
    String from,
    String to,
    List<String> services,
    List<String> sources,
    Totals totals,
    List<JourneyRow> journeys,
    List<TouchpointRow> touchpoints,
    List<ServesEdge> servesWhom,
    List<String> declaredButNeverRan,
    List<String> ranButUndeclared,
    List<String> problems) {

  /** How much was read. */
  public record Totals(int traces, int spans, int touchpointCalls, int journeyInstances) {}

  /**
   * One journey, for all its customers ({@code customerKind} null) or for one kind and segment.
   *
   * @param recoveriesRanIn services, each with how many recoveries ran there, most first
   * @param recoveries recovery paths, each with how often it ran, most first
   * @param mostBroken the touchpoint that broke a promise in most instances, or null
   */
  public record JourneyRow(String journey, String customerKind, String customerSegment, int instances,
      int firstTimeRight, double firstTimeRightRate, int withRecovery, double recoveryRate,
      List<Count> recoveriesRanIn, List<Count> recoveries, String mostBroken, int mostBrokenInstances) {}

  /** A name and how many. */
  public record Count(String name, int count) {}

  /**
   * One touchpoint, over every call in range.
   *
   * @param declared whether an experience map or touchpoints file declares it
   * @param controlShare the mean share of its time spent in controls, or null when none was recorded
   * @param endCustomers the end customers its calls served ("external shopper"), with how many calls
   */
  public record TouchpointRow(String touchpoint, List<String> services, String customerKind, String customerSegment,
      String journey, String owner, int calls, int failed, List<PromiseRow> promises, Durations durations,
      Double controlShare, List<Count> endCustomers, boolean declared) {}

  /**
   * A promise of a touchpoint: how often kept and broken, and its bound with the share of calls
   * that finished within it, when the maps give one.
   */
  public record PromiseRow(String promise, int kept, int broken, double keptRate, String within,
      Double withinBoundRate) {}

  /** Call durations in milliseconds: nearest-rank percentiles. */
  public record Durations(double p50, double p95, double p99, double max) {}

  /** A service serving a customer, with how many touchpoint calls. */
  public record ServesEdge(String service, String customerKind, String customerSegment, int calls) {}
}
