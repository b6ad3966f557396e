package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent judges promises exactly as generated code does: tolerated exceptions declared on the
 * package, a private recovery path, a private static control, and the journey's outcome, whether
 * the declarations come from the class file or from the experience map.
 */
class PromiseOutcomesIT {

  @TempDir Path work;

  @Test
  void fromTheClassFilesAnnotations() throws Exception {
    assertPromisesJudged(run(null), "annotations");
  }

  @Test
  void fromTheExperienceMap() throws Exception {
    assertPromisesJudged(run(List.of("touchpoint.agent=true")), "experience map");
  }

  @Test
  void fromTheExperienceMapOfABuildThatWeaves() throws Exception {
    assertPromisesJudged(run(List.of("touchpoint.weave=true")), "experience map");
  }

  private ChildJvm.Result run(List<String> processorOptions) throws Exception {
    List<Path> libraries = new ArrayList<>(TestClasspath.artifacts("touchpoint-sdk-api"));
    libraries.addAll(TestClasspath.openTelemetrySdk());
    List<Path> classpath = new ArrayList<>(libraries);
    classpath.add(0, FixtureApps.compile("promises", libraries, processorOptions, work, "support", "promises"));
    return ChildJvm.java().touchpointAgent("debug=true").classpath(classpath).main("promises.PromisesApp").run();
  }

  private static void assertPromisesJudged(ChildJvm.Result run, String source) {
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("out of stock", "retried retry", "checked checked", "done");
    assertThat(run.stderr()).contains("instruments promises.Store.retry(Ljava/lang/String;)Ljava/lang/String; as a recovery (from " + source + ")")
        .contains("instruments promises.Store.check(Ljava/lang/String;)Ljava/lang/String; as a control (from " + source + ")");

    List<PrintedSpan> spans = run.spans();
    assertThat(spans).extracting(PrintedSpan::name).containsExactly(
        "store.reserve", "store.retry", "store.reserve", "stock-check", "store.reserve");
    PrintedSpan outOfStock = spans.get(0);
    assertThat(outOfStock.attributes()).containsEntry("cx.promise.kept", "false")
        .containsEntry("cx.promise.broken", "fast");
    PrintedSpan recovered = spans.get(2);
    assertThat(spans.get(1).attributes()).containsEntry("cx.recovery", "store.retry");
    assertThat(spans.get(1).parentSpanId()).isEqualTo(recovered.spanId());
    assertThat(recovered.attributes()).containsEntry("cx.promise.kept", "false")
        .containsEntry("cx.promise.broken", "fast,right-first-time")
        .containsEntry("cx.journey.first_time_right", "false");
    PrintedSpan checked = spans.get(4);
    assertThat(spans.get(3).attributes()).containsEntry("cx.control", "stock-check");
    assertThat(Double.parseDouble(checked.attribute("cx.control.time_share"))).isBetween(0.3, 1.0);
    assertThat(checked.attributes()).containsEntry("cx.promise.kept", "true")
        .containsEntry("cx.journey.first_time_right", "true");
  }
}
