package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edge of a service that runs the OpenTelemetry Java agent with Touchpoint as its extension:
 * a Tomcat handler with no touchpoint reads the baggage and calls the next service, everything
 * propagated by the agent's own instrumentation. What the service refuses is gone before the
 * handler runs, so it never reaches the next hop; what it admits goes on.
 */
class EdgeAdmissionIT {

  static final String SPOOF = "cx.customer.kind=internal,cx.customer.segment=finance,"
      + "enduser.pseudo.id=0123456789abcdef0123456789abcdef;touchpoint-key=00000000,tenant=acme";
  static final String SHOPPER = "cx.customer.kind=external,cx.customer.segment=shopper,tenant=acme";

  @TempDir static Path work;
  static List<Path> classpath;

  @BeforeAll
  static void compileTheService() throws Exception {
    List<Path> libraries = new ArrayList<>(TestClasspath.artifacts("tomcat-embed-core", "tomcat-annotations-api"));
    libraries.addAll(TestClasspath.openTelemetryApi());
    classpath = new ArrayList<>(libraries);
    classpath.add(0, FixtureApps.compile("edge", libraries, false, work, "edge"));
  }

  static List<String> agents() {
    return Agents.openTelemetryVersions();
  }

  static List<String> oldestAndNewest() {
    List<String> versions = Agents.openTelemetryVersions();
    return List.of(versions.get(0), versions.get(versions.size() - 1));
  }

  @ParameterizedTest(name = "OpenTelemetry Java agent {0}")
  @MethodSource("agents")
  void whatTheEdgeRefusesIsGoneBeforeTheHandlerRunsAndWhatItAdmitsGoesOn(String version) throws Exception {
    ChildJvm.Result run = service(version).main("edge.EdgeApp", SPOOF, SHOPPER).run();

    assertThat(answers(run)).as("%s", run).containsExactly(
        "application saw [tenant]; next received [tenant=acme]",
        "application saw [cx.customer.kind, cx.customer.segment, tenant];"
            + " next received [cx.customer.kind=external,cx.customer.segment=shopper,tenant=acme]");
    assertThat(run.agentLines()).as("the Touchpoint agent's start-up line").singleElement().asString()
        .endsWith(" Spans go to the OpenTelemetry Java agent " + version + ", through its exporters."
            + " The OpenTelemetry Java agent's propagators admit the end customer as they extract it.");
  }

  @ParameterizedTest(name = "OpenTelemetry Java agent {0}")
  @MethodSource("oldestAndNewest")
  void aServiceThatTrustsEveryCallerSendsTheClaimOnAsAdmitted(String version) throws Exception {
    ChildJvm.Result run = service(version).property("touchpoint.inbound.trust-every-caller", "true")
        .main("edge.EdgeApp", SPOOF).run();

    assertThat(answers(run)).as("%s", run).containsExactly(
        "application saw [cx.customer.kind, cx.customer.segment, tenant];"
            + " next received [cx.customer.kind=internal,cx.customer.segment=finance,tenant=acme]");
  }

  @ParameterizedTest(name = "OpenTelemetry Java agent {0}")
  @MethodSource("oldestAndNewest")
  void aServiceThatDecidesTrustPerRequestCanLeaveTheEdgeAlone(String version) throws Exception {
    ChildJvm.Result run = service(version).property("touchpoint.inbound.admit-at-edge", "false")
        .main("edge.EdgeApp", SPOOF).run();

    assertThat(answers(run)).as("%s", run).singleElement().asString()
        .startsWith("application saw [cx.customer.kind, cx.customer.segment, enduser.pseudo.id, tenant];");
    assertThat(run.agentLines()).singleElement().asString()
        .endsWith(" With touchpoint.inbound.admit-at-edge=false, the end customer is admitted only at touchpoints:"
            + " a call made outside every touchpoint sends inbound baggage on as received.");
  }

  private static ChildJvm service(String version) {
    return ChildJvm.java().javaagent(Agents.openTelemetry(version))
        .property("otel.javaagent.extensions", Agents.touchpoint().toString())
        .property("otel.traces.exporter", "none")
        .property("otel.metrics.exporter", "none")
        .property("otel.logs.exporter", "none")
        .property("edge.basedir", work.toString())
        .classpath(classpath);
  }

  private static List<String> answers(ChildJvm.Result run) {
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return run.stdout().lines().filter(line -> line.startsWith("answer ")).map(line -> line.substring(7)).toList();
  }
}
