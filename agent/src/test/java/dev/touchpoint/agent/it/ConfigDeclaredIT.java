package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code the platform team cannot change, with no Touchpoint and no OpenTelemetry on its class path:
 * the touchpoints file declares its touchpoints, the agent supplies the runtime and, when asked,
 * an SDK configured from the standard otel.* properties.
 */
class ConfigDeclaredIT {

  static final String TOUCHPOINTS = """
      touchpoints:
        - class: com.vendor.legacy.OrderService
          method: submit
          name: orders.submit
          serves: external
          customer: shopper
          journey: checkout
          promises:
            - name: fast
              within: 300ms
        - class: com.vendor.**.*Service
          method: cancel
          serves: internal
          customer: support-agents
      """;

  @TempDir static Path work;
  static Path classes;

  @BeforeAll
  static void compileTheApplication() throws Exception {
    classes = FixtureApps.compile("legacy", List.of(), false, work, "legacy");
  }

  @Test
  void theFileDeclaresTouchpointsForCodeWithNoTouchpointOrOpenTelemetry() throws Exception {
    ChildJvm.Result run = legacyApp(TOUCHPOINTS).run();

    assertTheOrderServiceWasInstrumented(run);
    assertThat(run.agentLines().get(0)).contains("2 entries from touchpoints.yaml",
        "Spans go to the agent's own OpenTelemetry SDK (otel.traces.exporter=console)");
  }

  @Test
  void theConfigFileCanComeFromASystemProperty() throws Exception {
    Path file = Files.writeString(work.resolve("from-property.yaml"), TOUCHPOINTS);
    ChildJvm.Result run = ChildJvm.java().touchpointAgent()
        .property("touchpoint.agent.config", file.toString())
        .property("touchpoint.agent.sdk.enabled", "true")
        .property("otel.traces.exporter", "console")
        .classpath(List.of(classes)).main("com.vendor.legacy.LegacyApp").run();

    assertTheOrderServiceWasInstrumented(run);
  }

  @Test
  void itWorksTheSameOnTheNewestJdk() throws Exception {
    Path file = Files.writeString(work.resolve("touchpoints.yaml"), TOUCHPOINTS);
    ChildJvm.Result run = ChildJvm.java(Agents.newestJdk()).touchpointAgent("config=" + file + ",sdk=true")
        .property("otel.traces.exporter", "console")
        .classpath(List.of(classes)).main("com.vendor.legacy.LegacyApp").run();

    assertTheOrderServiceWasInstrumented(run);
  }

  @Test
  void aBrokenEntryIsOneClearLineAndTheValidEntriesStillWork() throws Exception {
    String broken = TOUCHPOINTS + """
          - class: com.vendor.legacy.OrderService
            method: status
            serves: customer
          - class: com.vendor.legacy.OrderService
            method: status
            serves: external
            promises:
              - name: fast
                within: quick
          - class: com.vendor.legacy.OrderService
            method: status
            serves: external
            colour: blue
        """;

    ChildJvm.Result run = legacyApp(broken).run();

    assertTheOrderServiceWasInstrumented(run);
    assertThat(run.agentLines()).contains(
        "[touchpoint-agent] ERROR touchpoints.yaml:17: 'serves' must be external, internal or partner,"
            + " not 'customer' (entry skipped)");
    assertThat(run.agentLines()).anyMatch(line -> line.startsWith(
        "[touchpoint-agent] ERROR touchpoints.yaml:23: 'within: quick' is not a latency bound"));
    assertThat(run.agentLines()).anyMatch(line -> line.startsWith(
        "[touchpoint-agent] ERROR touchpoints.yaml:27: unknown key 'colour'"));
  }

  @Test
  void aFileThatIsNotYamlIsOneLineAndTheApplicationStillRuns() throws Exception {
    ChildJvm.Result run = legacyApp("touchpoints: [ - class: broken").run();

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).contains("done");
    assertThat(run.agentLines()).anyMatch(line -> line.startsWith("[touchpoint-agent] ERROR touchpoints.yaml:1: not valid YAML"));
  }

  @Test
  void theFileDeclaresControlsAndRecoveryPathsToo() throws Exception {
    ChildJvm.Result run = legacyApp(TOUCHPOINTS + """
        controls:
          - class: com.vendor.legacy.FraudScreen
            method: screen
            name: fraud-check
        recoveries:
          - class: com.vendor.legacy.OrderService
            method: status
        """).run();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<ConsoleSpan> spans = ConsoleSpan.parse(run.stderr());
    assertThat(spans).extracting(ConsoleSpan::name).containsExactly(
        "fraud-check", "orders.submit", "OrderService.cancel", "OrderService.cancel", "OrderService.status");
    assertThat(spans.get(0).attributes()).contains("cx.control=fraud-check");
    // The first call also loads classes, and a busy machine stretches that, so the share is above
    // zero and at most one, not near any number in particular (it once measured 0.09 under load).
    java.util.regex.Matcher share = java.util.regex.Pattern.compile("cx.control.time_share=([0-9.]+)")
        .matcher(spans.get(1).attributes());
    assertThat(share.find()).as(spans.get(1).attributes()).isTrue();
    assertThat(Double.parseDouble(share.group(1))).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
    assertThat(spans.get(4).attributes()).contains("cx.recovery=OrderService.status");
  }

  @Test
  void withNoCollectorTheExitIsNotHeldUpAndSaysWhatWasDropped() throws Exception {
    assertExitIsNotHeldUp(ChildJvm.java());
  }

  @Test
  void withNoCollectorTheExitIsNotHeldUpOnTheNewestJdkToo() throws Exception {
    assertExitIsNotHeldUp(ChildJvm.java(Agents.newestJdk()));
  }

  private static void assertExitIsNotHeldUp(ChildJvm jvm) throws Exception {
    Path file = Files.writeString(work.resolve("touchpoints.yaml"), TOUCHPOINTS);
    long started = System.nanoTime();
    ChildJvm.Result run = jvm.touchpointAgent("config=" + file + ",sdk=true")
        .property("otel.traces.exporter", "otlp")
        .property("otel.exporter.otlp.endpoint", "http://127.0.0.1:9") // discard: nothing listens
        .classpath(List.of(classes)).main("com.vendor.legacy.LegacyApp").run();
    java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - started);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("done");
    assertThat(run.agentLines()).as(run.toString()).contains("[touchpoint-agent] WARN the agent's OpenTelemetry SDK"
        + " did not finish exporting within 2 s of exit (otel.traces.exporter=otlp); what it had not sent is dropped");
    // The SDK's own shutdown waits for the exporter's 10 s timeout; the agent gives it 2 s.
    assertThat(took).as(run.toString()).isLessThan(java.time.Duration.ofSeconds(8));
  }

  private ChildJvm legacyApp(String touchpoints) throws Exception {
    Path file = Files.writeString(work.resolve("touchpoints.yaml"), touchpoints);
    return ChildJvm.java().touchpointAgent("config=" + file + ",sdk=true")
        .property("otel.traces.exporter", "console")
        .property("otel.service.name", "legacy-orders")
        .classpath(List.of(classes)).main("com.vendor.legacy.LegacyApp");
  }

  static void assertTheOrderServiceWasInstrumented(ChildJvm.Result run) {
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("submitted o-1", "cancelled o-1", "refused: nothing to cancel", "status of o-1");
    List<ConsoleSpan> spans = ConsoleSpan.parse(run.stderr());
    assertThat(spans).as(run.toString()).extracting(ConsoleSpan::name)
        .containsExactly("orders.submit", "OrderService.cancel", "OrderService.cancel");
    assertThat(spans.get(0).scope()).startsWith("dev.touchpoint");
    assertThat(spans.get(0).attributes()).contains("cx.customer.kind=external", "cx.customer.segment=shopper",
        "cx.journey=checkout", "cx.promises=[fast]", "code.function.name=com.vendor.legacy.OrderService.submit");
    assertThat(spans.get(1).attributes()).contains("cx.customer.kind=internal", "cx.customer.segment=support-agents");
    assertThat(spans.get(2).attributes()).contains("error.type=java.lang.IllegalStateException");
  }
}
