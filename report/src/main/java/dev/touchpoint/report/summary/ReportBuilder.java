package dev.touchpoint.report.summary;

import dev.touchpoint.declaration.LatencyBound;
import dev.touchpoint.report.journey.JourneyInstance;
import dev.touchpoint.report.journey.Journeys;
import dev.touchpoint.report.journey.SpanRoles;
import dev.touchpoint.report.summary.ExperienceReport.Count;
import dev.touchpoint.report.summary.ExperienceReport.Durations;
import dev.touchpoint.report.summary.ExperienceReport.JourneyRow;
import dev.touchpoint.report.summary.ExperienceReport.PromiseRow;
import dev.touchpoint.report.summary.ExperienceReport.ServesEdge;
import dev.touchpoint.report.summary.ExperienceReport.Totals;
import dev.touchpoint.report.summary.ExperienceReport.TouchpointRow;
import dev.touchpoint.report.trace.TraceSpan;
import dev.touchpoint.slo.model.DeclaredTouchpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Works out the report's numbers from spans and declarations. Journeys are judged over whole
 * traces, so a trace is kept whole when any of its journeys' entries falls in the time range; a
 * touchpoint call counts when it started in range. With services named, the report keeps the
 * journeys that touch one of them and the touchpoints that ran in one of them.
 */
public final class ReportBuilder {

  private final List<TraceSpan> spans = new ArrayList<>();
  private final Map<String, DeclaredTouchpoint> declared = new LinkedHashMap<>();
  private final Set<String> declaredRecoveries = new LinkedHashSet<>();
  private final List<String> sources = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private Instant from;
  private Instant to;
  private final Set<String> services = new LinkedHashSet<>();

  public ReportBuilder spans(String source, List<TraceSpan> read, List<String> readProblems) {
    sources.add(source);
    spans.addAll(read);
    problems.addAll(readProblems);
    return this;
  }

  public ReportBuilder declarations(String source, List<DeclaredTouchpoint> touchpoints, List<String> recoveries,
      List<String> readProblems) {
    sources.add(source);
    touchpoints.forEach(touchpoint -> declared.putIfAbsent(touchpoint.name(), touchpoint));
    declaredRecoveries.addAll(recoveries);
    problems.addAll(readProblems);
    return this;
  }

  /** Only what started in [from, to); either may be null for no limit. */
  public ReportBuilder between(Instant from, Instant to) {
    this.from = from;
    this.to = to;
    return this;
  }

  public ReportBuilder services(List<String> names) {
    services.addAll(names);
    return this;
  }

  public ExperienceReport build(Instant now) {
    List<JourneyInstance> journeys = Journeys.of(spans).stream()
        .filter(journey -> inRange(journey.entry()))
        .filter(journey -> services.isEmpty() || journey.services().stream().anyMatch(services::contains))
        .toList();
    List<TraceSpan> calls = spans.stream()
        .filter(SpanRoles::isTouchpoint)
        .filter(this::inRange)
        .filter(span -> services.isEmpty() || services.contains(span.service()))
        .toList();
    Set<String> ran = calls.stream().map(span -> span.text(SpanRoles.TOUCHPOINT)).collect(Collectors.toSet());
    return new ExperienceReport(now.toString(), from == null ? null : from.toString(), to == null ? null : to.toString(),
        List.copyOf(services), List.copyOf(sources),
        new Totals((int) spans.stream().map(TraceSpan::traceId).distinct().count(), spans.size(), calls.size(),
            journeys.size()),
        journeyRows(journeys), touchpointRows(calls), servesWhom(calls),
        declared.values().stream().filter(touchpoint -> !ran.contains(touchpoint.name()))
            .map(touchpoint -> touchpoint.name() + " (" + touchpoint.declaredIn() + ")").toList(),
        undeclared(calls),
        List.copyOf(problems));
  }

  /** Touchpoints and recovery paths that ran in range and no map declares; nothing when no map was given. */
  private List<String> undeclared(List<TraceSpan> calls) {
    if (declared.isEmpty() && declaredRecoveries.isEmpty()) {
      return List.of();
    }
    Set<String> undeclared = new TreeSet<>();
    calls.stream().map(span -> span.text(SpanRoles.TOUCHPOINT)).filter(name -> !declared.containsKey(name))
        .forEach(undeclared::add);
    spans.stream().filter(SpanRoles::isRecovery).filter(this::inRange)
        .filter(span -> services.isEmpty() || services.contains(span.service()))
        .map(span -> span.text(SpanRoles.RECOVERY)).filter(name -> !declaredRecoveries.contains(name))
        .forEach(name -> undeclared.add(name + " (recovery)"));
    return List.copyOf(undeclared);
  }

  private boolean inRange(TraceSpan span) {
    Instant start = Instant.ofEpochSecond(0, span.startEpochNanos());
    return (from == null || !start.isBefore(from)) && (to == null || start.isBefore(to));
  }

  private static List<JourneyRow> journeyRows(List<JourneyInstance> journeys) {
    List<JourneyRow> rows = new ArrayList<>();
    Map<String, List<JourneyInstance>> byJourney = group(journeys, JourneyInstance::journey);
    byJourney.forEach((journey, instances) -> {
      rows.add(journeyRow(journey, null, null, instances));
      group(instances, instance -> instance.customerKind() + "\u0000" + Objects.toString(instance.customerSegment(), ""))
          .forEach((customer, ofCustomer) -> rows.add(journeyRow(journey, ofCustomer.get(0).customerKind(),
              ofCustomer.get(0).customerSegment(), ofCustomer)));
    });
    return rows;
  }

  private static JourneyRow journeyRow(String journey, String kind, String segment, List<JourneyInstance> instances) {
    int firstTimeRight = (int) instances.stream().filter(JourneyInstance::firstTimeRight).count();
    int withRecovery = (int) instances.stream().filter(instance -> !instance.recoveries().isEmpty()).count();
    List<TraceSpan> recoveries = instances.stream().flatMap(instance -> instance.recoveries().stream()).toList();
    List<Count> broken = counts(instances.stream().flatMap(instance -> instance.brokenTouchpoints().stream()).toList());
    return new JourneyRow(journey, kind, segment, instances.size(), firstTimeRight, rate(firstTimeRight, instances.size()),
        withRecovery, rate(withRecovery, instances.size()),
        counts(recoveries.stream().map(TraceSpan::service).toList()),
        counts(recoveries.stream().map(TraceSpan::name).toList()),
        broken.isEmpty() ? null : broken.get(0).name(), broken.isEmpty() ? 0 : broken.get(0).count());
  }

  private List<TouchpointRow> touchpointRows(List<TraceSpan> calls) {
    List<TouchpointRow> rows = new ArrayList<>();
    group(calls, span -> span.text(SpanRoles.TOUCHPOINT)).forEach((name, ofTouchpoint) -> {
      TraceSpan first = ofTouchpoint.get(0);
      DeclaredTouchpoint declaration = declared.get(name);
      List<String> promiseNames = new ArrayList<>(new LinkedHashSet<>(ofTouchpoint.stream()
          .flatMap(span -> span.texts(SpanRoles.PROMISES).stream()).toList()));
      if (declaration != null) {
        declaration.promises().stream().filter(promise -> !promiseNames.contains(promise)).forEach(promiseNames::add);
      }
      List<Long> durations = ofTouchpoint.stream().map(TraceSpan::durationNanos).sorted().toList();
      List<PromiseRow> promises = new ArrayList<>();
      for (String promise : promiseNames) {
        int broken = (int) ofTouchpoint.stream().filter(span -> span.texts(SpanRoles.PROMISE_BROKEN).contains(promise))
            .count();
        int kept = (int) ofTouchpoint.stream().filter(span -> span.texts(SpanRoles.PROMISES).contains(promise)).count()
            - broken;
        String within = declaration == null ? null : boundOf(declaration, promise);
        Double withinRate = within == null ? null : rate((int) durations.stream()
            .filter(nanos -> nanos <= LatencyBound.parse(within).toNanos()).count(), durations.size());
        promises.add(new PromiseRow(promise, Math.max(0, kept), broken, rate(Math.max(0, kept), Math.max(0, kept) + broken),
            within, withinRate));
      }
      List<Double> shares = ofTouchpoint.stream().map(span -> span.number(SpanRoles.CONTROL_TIME_SHARE))
          .filter(Objects::nonNull).toList();
      rows.add(new TouchpointRow(name,
          ofTouchpoint.stream().map(TraceSpan::service).distinct().toList(),
          first.text(SpanRoles.CUSTOMER_KIND), first.text(SpanRoles.CUSTOMER_SEGMENT), first.text(SpanRoles.JOURNEY),
          first.text(SpanRoles.OWNER) != null ? first.text(SpanRoles.OWNER) : declaration == null ? null : declaration.owner(),
          ofTouchpoint.size(), (int) ofTouchpoint.stream().filter(TraceSpan::error).count(), promises,
          new Durations(millis(percentile(durations, 50)), millis(percentile(durations, 95)),
              millis(percentile(durations, 99)), millis(durations.get(durations.size() - 1))),
          shares.isEmpty() ? null : round(shares.stream().mapToDouble(Double::doubleValue).average().orElse(0)),
          counts(ofTouchpoint.stream().filter(span -> span.text(SpanRoles.END_CUSTOMER_KIND) != null)
              .map(span -> customer(span.text(SpanRoles.END_CUSTOMER_KIND), span.text(SpanRoles.END_CUSTOMER_SEGMENT)))
              .toList()),
          declaration != null));
    });
    return rows;
  }

  private static List<ServesEdge> servesWhom(List<TraceSpan> calls) {
    List<ServesEdge> edges = new ArrayList<>();
    group(calls, span -> span.service() + "\u0000" + span.text(SpanRoles.CUSTOMER_KIND) + "\u0000"
        + Objects.toString(span.text(SpanRoles.CUSTOMER_SEGMENT), ""))
        .forEach((key, ofEdge) -> edges.add(new ServesEdge(ofEdge.get(0).service(),
            ofEdge.get(0).text(SpanRoles.CUSTOMER_KIND), ofEdge.get(0).text(SpanRoles.CUSTOMER_SEGMENT), ofEdge.size())));
    return edges;
  }

  private static String boundOf(DeclaredTouchpoint touchpoint, String promise) {
    int index = touchpoint.promises().indexOf(promise);
    return index < 0 ? null : touchpoint.bounds().get(index);
  }

  static String customer(String kind, String segment) {
    return segment == null ? kind : kind + " " + segment;
  }

  /** Nearest rank: the smallest value with at least {@code percent}% of the values at or below it. */
  static long percentile(List<Long> sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static double millis(long nanos) {
    return round(nanos / 1e6);
  }

  static double rate(int part, int whole) {
    return whole == 0 ? 0 : round((double) part / whole);
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  /** Each distinct value with how often it occurs, most first, ties by name. */
  private static List<Count> counts(List<String> values) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    values.forEach(value -> counts.merge(value, 1, Integer::sum));
    return counts.entrySet().stream().map(entry -> new Count(entry.getKey(), entry.getValue()))
        .sorted(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::name)).toList();
  }

  /** The items by key, keys in order: the same report whatever order the backend returned the traces in. */
  private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
    Map<String, List<T>> groups = new TreeMap<>();
    items.forEach(item -> groups.computeIfAbsent(Objects.toString(key.apply(item), ""), any -> new ArrayList<>())
        .add(item));
    return groups;
  }
}
