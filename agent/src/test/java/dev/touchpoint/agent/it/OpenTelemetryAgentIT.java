package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Beside the OpenTelemetry Java agent, as a second -javaagent or as its extension: touchpoint spans
 * become children of its HTTP server spans and leave through its exporters.
 */
class OpenTelemetryAgentIT {

  @TempDir static Path work;
  static List<Path> classpath;

  @BeforeAll
  static void compileTheApplication() throws Exception {
    // The application has Touchpoint and the OpenTelemetry API, and no SDK: the agent brings it.
    List<Path> libraries = new ArrayList<>(TestClasspath.artifacts("touchpoint-sdk-api"));
    libraries.addAll(TestClasspath.openTelemetryApi());
    Path classes = FixtureApps.compile("web", libraries, false, work, "web");
    classpath = new ArrayList<>(libraries);
    classpath.add(0, classes);
  }

  @Test
  void asASecondJavaagentTouchpointSpansAreChildrenOfItsServerSpans() throws Exception {
    ChildJvm.Result run = withOpenTelemetryAgent().touchpointAgent().classpath(classpath).main("web.WebApp").run();

    assertTouchpointIsAChildOfTheServerSpan(run);
    assertThat(run.agentLines()).anyMatch(line -> line.contains("Spans go to the OpenTelemetry Java agent"));
  }

  @Test
  void asItsExtensionTheSameHappens() throws Exception {
    ChildJvm.Result run = withOpenTelemetryAgent()
        .property("otel.javaagent.extensions", Agents.touchpoint().toString())
        .classpath(classpath).main("web.WebApp").run();

    assertTouchpointIsAChildOfTheServerSpan(run);
    assertThat(run.agentLines()).anyMatch(line -> line.contains("(OpenTelemetry Java agent extension)"));
  }

  @Test
  void asTheFirstJavaagentBeforeItTheSameHappens() throws Exception {
    ChildJvm.Result run = ChildJvm.java().touchpointAgent().javaagent(Agents.openTelemetry())
        .property("otel.traces.exporter", "logging-otlp")
        .property("otel.metrics.exporter", "none")
        .property("otel.logs.exporter", "none")
        .property("otel.bsp.schedule.delay", "100")
        .classpath(classpath).main("web.WebApp").run();

    assertTouchpointIsAChildOfTheServerSpan(run);
    assertThat(run.stderr()).contains("Touchpoint: touchpoints record into the OpenTelemetry Java agent");
  }

  @Test
  void withoutItOrAnySdkNothingRecordsAndTheAgentAndTheRuntimeSaySo() throws Exception {
    ChildJvm.Result run = ChildJvm.java().touchpointAgent().classpath(classpath).main("web.WebApp").run();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("response receipt for cart-1", "done");
    assertThat(run.agentLines()).singleElement().asString()
        .contains("Spans go to GlobalOpenTelemetry; no OpenTelemetry SDK is on the class path, so unless the"
            + " application brings one nothing is recorded");
    assertThat(run.stderr()).contains("Touchpoint: no OpenTelemetry SDK is installed (no OpenTelemetry Java agent,"
        + " and nothing is registered as GlobalOpenTelemetry), so touchpoint calls record nothing for now.");
  }

  @Test
  void loadedBothWaysItInstallsOnce() throws Exception {
    ChildJvm.Result run = withOpenTelemetryAgent()
        .property("otel.javaagent.extensions", Agents.touchpoint().toString())
        .touchpointAgent()
        .classpath(classpath).main("web.WebApp").run();

    assertTouchpointIsAChildOfTheServerSpan(run);
    assertThat(run.agentLines()).anyMatch(line -> line.contains("already installed"));
  }

  private static ChildJvm withOpenTelemetryAgent() {
    return ChildJvm.java().javaagent(Agents.openTelemetry())
        .property("otel.traces.exporter", "logging-otlp")
        .property("otel.metrics.exporter", "none")
        .property("otel.logs.exporter", "none")
        .property("otel.bsp.schedule.delay", "100")
        .property("otel.service.name", "web-shop");
  }

  private static void assertTouchpointIsAChildOfTheServerSpan(ChildJvm.Result run) {
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("response receipt for cart-1", "done");
    List<OtlpJsonSpan> spans = OtlpJsonSpan.parse(run.stdout() + run.stderr());
    OtlpJsonSpan server = spans.stream().filter(span -> span.kind() == OtlpJsonSpan.SERVER).findFirst()
        .orElseThrow(() -> new AssertionError("no server span in " + run));
    OtlpJsonSpan touchpoint = spans.stream().filter(span -> span.name().equals("checkout.place-order"))
        .findFirst().orElseThrow(() -> new AssertionError("no touchpoint span in " + run));
    assertThat(touchpoint.parentSpanId()).isEqualTo(server.spanId());
    assertThat(touchpoint.traceId()).isEqualTo(server.traceId());
    assertThat(touchpoint.scope()).isEqualTo("dev.touchpoint");
    assertThat(touchpoint.attributes()).containsEntry("cx.customer.kind", "external")
        .containsEntry("cx.customer.segment", "shopper")
        .containsEntry("code.function.name", "web.WebApp.placeOrder");
    assertThat(spans).filteredOn(span -> span.name().equals("checkout.place-order")).hasSize(1);
  }
}
