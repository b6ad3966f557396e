package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Applications bring their own OpenTelemetry API and SDK, at the version their build chose. On the
 * oldest API Touchpoint supports and on the newest, on JDK 17 and the newest JDK here, with generated
 * code and with the agent, every touchpoint records into the application's SDK: nested spans in one
 * trace, and the lead-indicator metrics. Below the oldest, the application runs exactly as it would
 * without Touchpoint, and one line says which version was found and which is needed.
 */
class OpenTelemetryApiVersionsIT {

  /** How Touchpoint is added to the application. */
  enum Way { GENERATED_CODE, TOUCHPOINT_AGENT }

  @TempDir Path work;

  /** The JDK a child runs on: the one running the tests (17 in CI) or the newest installed beside it. */
  enum Jdk { THIS_ONE, NEWEST }

  static Stream<Arguments> supportedApisAndWays() {
    List<Arguments> runs = new ArrayList<>();
    for (String api : List.of(Agents.version("it.api.oldest"), Agents.version("it.api.newest"))) {
      for (Way way : Way.values()) {
        for (Jdk jdk : Jdk.values()) {
          runs.add(Arguments.of(api, way, jdk));
        }
      }
    }
    return runs.stream();
  }

  @ParameterizedTest(name = "OpenTelemetry {0}, Touchpoint by {1}, on {2} JDK")
  @MethodSource("supportedApisAndWays")
  void touchpointsRecordIntoTheApplicationsOwnSdk(String api, Way way, Jdk jdk) throws Exception {
    ChildJvm.Result run = run(api, way, jdk == Jdk.NEWEST ? Agents.newestJdk() : thisJdk());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("placed order-1 (reserved)", "placed order-2 (reserved)", "done");
    List<PrintedSpan> spans = run.spans();
    assertThat(spans).as(run.toString()).extracting(PrintedSpan::name)
        .containsExactlyInAnyOrder("stock.reserve", "orders.place", "stock.reserve", "orders.place");
    for (PrintedSpan place : spans.stream().filter(span -> span.name().equals("orders.place")).toList()) {
      assertThat(place.hasNoParent()).isTrue();
      assertThat(place.attribute("cx.customer.kind")).isEqualTo("external");
      assertThat(spans).filteredOn(span -> span.parentSpanId().equals(place.spanId()))
          .singleElement().satisfies(reserve -> {
            assertThat(reserve.name()).isEqualTo("stock.reserve");
            assertThat(reserve.traceId()).isEqualTo(place.traceId());
          });
    }
    assertThat(run.stdout().lines()).contains("METRIC\tcx.touchpoint.duration\t4", "METRIC\tcx.promise.outcomes\t2");
    assertThat(run.stderr()).contains("Touchpoint: touchpoints record into GlobalOpenTelemetry.")
        .doesNotContain("Exception", "\tat ");
  }

  @ParameterizedTest(name = "OpenTelemetry {0}: bucket-boundary advice only where the API has it")
  @MethodSource("oldestAndNewest")
  void histogramBoundariesAreAdvisedOnlyWhereTheApiCan(String api, boolean hasAdvice) throws Exception {
    ChildJvm.Result run = run(api, Way.GENERATED_CODE, thisJdk());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    if (hasAdvice) {
      assertThat(run.stderr()).doesNotContain("bucket-boundary advice");
    } else {
      assertThat(run.stderr()).contains("Touchpoint: the OpenTelemetry API " + api + " predates bucket-boundary"
          + " advice (1.32.0), so the cx.* histograms use the SDK's default buckets.");
    }
  }

  static Stream<Arguments> oldestAndNewest() {
    return Stream.of(Arguments.of(Agents.version("it.api.oldest"), false), Arguments.of(Agents.version("it.api.newest"), true));
  }

  @ParameterizedTest(name = "OpenTelemetry below the oldest supported, Touchpoint by {0}")
  @EnumSource(Way.class)
  void belowTheOldestSupportedApiTheApplicationRunsUninstrumentedAndOneLineSaysWhy(Way way) throws Exception {
    String tooOld = Agents.version("it.api.too-old");

    ChildJvm.Result run = run(tooOld, way, thisJdk());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("placed order-1 (reserved)", "placed order-2 (reserved)", "done");
    assertThat(run.spans()).as(run.toString()).isEmpty();
    assertThat(run.stderr().lines().filter(line -> line.startsWith("WARNING: Touchpoint")))
        .as(run.toString())
        .containsExactly("WARNING: Touchpoint needs the OpenTelemetry API 1.30.0 or newer, and this application has "
            + tooOld + " (io.opentelemetry:opentelemetry-api), so touchpoints record nothing and the application"
            + " runs uninstrumented. Upgrade opentelemetry-api (or the io.opentelemetry BOM) to 1.30.0 or newer.");
    assertThat(run.stderr()).doesNotContain("Exception", "\tat ");
    if (way == Way.TOUCHPOINT_AGENT) {
      assertThat(run.agentLines()).singleElement().asString().endsWith("Spans go nowhere: the application's"
          + " OpenTelemetry API is " + tooOld + ", older than 1.30.0, the oldest Touchpoint supports.");
    }
  }

  private ChildJvm.Result run(String api, Way way, Path jdk) throws Exception {
    List<Path> libraries = new ArrayList<>(TestClasspath.artifacts("touchpoint-sdk-api"));
    libraries.addAll(Agents.openTelemetryRelease(api));
    boolean generated = way == Way.GENERATED_CODE;
    Path classes = FixtureApps.compile("versions-" + api + "-" + way, libraries, generated, work,
        "support", "versions", generated ? "versions-generated" : "versions-plain");
    List<Path> classpath = new ArrayList<>(libraries);
    classpath.add(0, classes);
    ChildJvm jvm = ChildJvm.java(jdk).classpath(classpath);
    if (generated) {
      return jvm.main("versions.GeneratedMain").run();
    }
    return jvm.touchpointAgent().main("versions.PlainMain").run();
  }

  private static Path thisJdk() {
    return Path.of(System.getProperty("java.home"));
  }
}
