package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One trace, beside every OpenTelemetry Java agent release platform teams run: a request to a
 * Tomcat endpoint crosses two touchpoints (whose methods share a name and descriptor), and the inner
 * one calls another endpoint over HTTP. Each way Touchpoint can be added (generated code, its own
 * {@code -javaagent}, the agent's extension) must give the whole tree, read back from the agent's
 * OTLP JSON log by parent span ids:
 *
 * <pre>
 * GET (client, the application's own request)
 *   └ GET /front (server)
 *       └ front.handle
 *           └ back.handle
 *               └ GET (client)
 *                   └ GET /warehouse (server), which received back.handle's trace in traceparent
 * </pre>
 */
class OpenTelemetryAgentMatrixIT {

  /** How Touchpoint is added to the application. */
  enum Way { GENERATED_CODE, TOUCHPOINT_AGENT, AGENT_EXTENSION }

  @TempDir static Path work;
  static List<Path> generated;
  static List<Path> plain;

  @BeforeAll
  static void compileTheApplication() throws Exception {
    List<Path> libraries = new ArrayList<>(TestClasspath.artifacts("touchpoint-sdk-api", "tomcat-embed-core",
        "tomcat-annotations-api"));
    libraries.addAll(TestClasspath.openTelemetryApi());
    generated = withClasses(FixtureApps.compile("chain-generated", libraries, true, work, "chain", "chain-generated"), libraries);
    plain = withClasses(FixtureApps.compile("chain-plain", libraries, false, work, "chain", "chain-plain"), libraries);
  }

  static Stream<Arguments> agentsAndWays() {
    return Agents.openTelemetryVersions().stream()
        .flatMap(version -> Stream.of(Way.values()).map(way -> Arguments.of(version, way)));
  }

  @ParameterizedTest(name = "OpenTelemetry Java agent {0}, Touchpoint by {1}")
  @MethodSource("agentsAndWays")
  void oneRequestIsOneTraceTree(String version, Way way) throws Exception {
    ChildJvm jvm = ChildJvm.java().javaagent(Agents.openTelemetry(version))
        .property("otel.traces.exporter", "logging-otlp")
        .property("otel.metrics.exporter", "none")
        .property("otel.logs.exporter", "none")
        .property("otel.bsp.schedule.delay", "50")
        .property("otel.service.name", "chain")
        .property("chain.basedir", work.toString());
    switch (way) {
      case GENERATED_CODE -> jvm.classpath(generated).main("chain.GeneratedMain");
      case TOUCHPOINT_AGENT -> jvm.touchpointAgent().classpath(plain).main("chain.PlainMain");
      case AGENT_EXTENSION -> jvm.property("otel.javaagent.extensions", Agents.touchpoint().toString())
          .classpath(plain).main("chain.PlainMain");
    }

    ChildJvm.Result run = jvm.run();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<OtlpJsonSpan> spans = OtlpJsonSpan.parse(run.stdout() + run.stderr());
    OtlpJsonSpan back = single(spans, "back.handle", run);
    OtlpJsonSpan front = single(spans, "front.handle", run);
    OtlpJsonSpan frontServer = parentOf(front, spans, run);
    OtlpJsonSpan request = parentOf(frontServer, spans, run);
    OtlpJsonSpan warehouseCall = childOf(back, spans, run);
    OtlpJsonSpan warehouseServer = childOf(warehouseCall, spans, run);

    assertThat(request.kind()).as("the application's request").isEqualTo(OtlpJsonSpan.CLIENT);
    assertThat(request.parentSpanId()).as("the application's request starts the trace").isEmpty();
    assertThat(frontServer.kind()).as("the agent's server span").isEqualTo(OtlpJsonSpan.SERVER);
    assertThat(back.parentSpanId()).as("back.handle's parent").isEqualTo(front.spanId());
    assertThat(warehouseCall.kind()).as("the HTTP call made inside back.handle").isEqualTo(OtlpJsonSpan.CLIENT);
    assertThat(warehouseServer.kind()).as("the warehouse's server span").isEqualTo(OtlpJsonSpan.SERVER);
    assertThat(List.of(request, frontServer, front, back, warehouseCall, warehouseServer))
        .extracting(OtlpJsonSpan::traceId).as("one trace").containsOnly(request.traceId());
    // Sampled; newer agents also set W3C's random-trace-id flag (03 rather than 01).
    assertThat(run.stdout()).as("the traceparent the warehouse received")
        .containsPattern("traceparent=00-" + request.traceId() + "-" + warehouseCall.spanId() + "-0[13]\\b");
    assertThat(front.attributes()).containsEntry("cx.customer.kind", "external").containsEntry("cx.customer.segment", "shopper");
    assertThat(back.attributes()).containsEntry("cx.customer.kind", "internal");
    assertThat(run.stderr()).as("the runtime says where it records")
        .contains("Touchpoint: touchpoints record into the OpenTelemetry Java agent " + version + ".");
    if (way != Way.GENERATED_CODE) {
      assertThat(run.agentLines()).as("the Touchpoint agent's start-up line").singleElement().asString()
          .contains("Spans go to the OpenTelemetry Java agent " + version + ", through its exporters.");
    }
  }

  private static List<Path> withClasses(Path classes, List<Path> libraries) {
    List<Path> classpath = new ArrayList<>(libraries);
    classpath.add(0, classes);
    return classpath;
  }

  private static OtlpJsonSpan single(List<OtlpJsonSpan> spans, String name, ChildJvm.Result run) {
    List<OtlpJsonSpan> named = spans.stream().filter(span -> span.name().equals(name)).toList();
    assertThat(named).as("spans named %s in%n%s", name, run).hasSize(1);
    return named.get(0);
  }

  private static OtlpJsonSpan parentOf(OtlpJsonSpan child, List<OtlpJsonSpan> spans, ChildJvm.Result run) {
    return spans.stream().filter(span -> span.spanId().equals(child.parentSpanId())).findFirst()
        .orElseThrow(() -> new AssertionError("no parent of " + child + " in\n" + run));
  }

  private static OtlpJsonSpan childOf(OtlpJsonSpan parent, List<OtlpJsonSpan> spans, ChildJvm.Result run) {
    List<OtlpJsonSpan> children = spans.stream().filter(span -> span.parentSpanId().equals(parent.spanId())).toList();
    assertThat(children).as("children of %s in%n%s", parent.name(), run).hasSize(1);
    return children.get(0);
  }
}
