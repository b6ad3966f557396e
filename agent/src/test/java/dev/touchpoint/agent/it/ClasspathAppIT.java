package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain class-path application compiled without the processor, run with -javaagent: private,
 * static and final touchpoints of a final class, async, recovery, on JDK 17 and the newest JDK.
 */
class ClasspathAppIT {

  @TempDir static Path work;
  static List<Path> classpath;

  @BeforeAll
  static void compileTheApplication() throws Exception {
    List<Path> libraries = new ArrayList<>(TestClasspath.artifacts("touchpoint-sdk-api"));
    libraries.addAll(TestClasspath.openTelemetrySdk());
    Path classes = FixtureApps.compile("annotated", libraries, false, work, "support", "annotated");
    classpath = new ArrayList<>(libraries);
    classpath.add(0, classes);
  }

  @Test
  void everyAnnotatedMethodBecomesASpanWithTheSameAttributesGeneratedCodeWrites() throws Exception {
    ChildJvm.Result run = ChildJvm.java().touchpointAgent().classpath(classpath).main("shop.AnnotatedApp").run();

    assertTheShopWasInstrumented(run);
  }

  @Test
  void itWorksTheSameOnTheNewestJdk() throws Exception {
    ChildJvm.Result run = ChildJvm.java(Agents.newestJdk()).touchpointAgent().classpath(classpath)
        .main("shop.AnnotatedApp").run();

    assertTheShopWasInstrumented(run);
  }

  @Test
  void itSaysWhatItDidInOneLineAtStartup() throws Exception {
    ChildJvm.Result run = ChildJvm.java().touchpointAgent().classpath(classpath).main("shop.AnnotatedApp").run();

    assertThat(run.agentLines()).hasSize(1);
    assertThat(run.agentLines().get(0))
        .startsWith("[touchpoint-agent] Touchpoint agent ")
        .contains("-javaagent", "matched by their annotations as they load",
            "Spans go to the application's OpenTelemetry SDK");
  }

  @Test
  void aMangledTouchpointsFileIsRejectedAloneAndTheAnnotatedTouchpointsStillRecord() throws Exception {
    assertMangledFileIsRejectedAlone(ChildJvm.java());
  }

  @Test
  void aMangledTouchpointsFileIsRejectedAloneOnTheNewestJdkToo() throws Exception {
    assertMangledFileIsRejectedAlone(ChildJvm.java(Agents.newestJdk()));
  }

  private static void assertMangledFileIsRejectedAlone(ChildJvm jvm) throws Exception {
    Path mangled = java.nio.file.Files.writeString(work.resolve("mangled.yaml"), "touchpoints: " + "[".repeat(2_000));

    ChildJvm.Result run = jvm.touchpointAgent("config=" + mangled).classpath(classpath)
        .main("shop.AnnotatedApp").run();

    assertTheShopWasInstrumented(run);
    assertThat(run.agentLines()).hasSize(2);
    assertThat(run.agentLines().get(0)).isEqualTo("[touchpoint-agent] ERROR mangled.yaml:1: nested more than 32"
        + " levels deep (a touchpoints file is a few levels deep); no touchpoints are declared from this file");
    assertThat(run.agentLines().get(1)).contains("0 entries from mangled.yaml");
  }

  @Test
  void disabledItInstrumentsNothingAndSaysSo() throws Exception {
    ChildJvm.Result run = ChildJvm.java().touchpointAgent().property("touchpoint.agent.enabled", "false")
        .classpath(classpath).main("shop.AnnotatedApp").run();

    assertThat(run.exitCode()).isZero();
    assertThat(run.spans()).isEmpty();
    assertThat(run.stdout()).contains("done");
    assertThat(run.agentLines()).containsExactly(
        "[touchpoint-agent] disabled by touchpoint.agent.enabled=false: nothing is instrumented");
  }

  static void assertTheShopWasInstrumented(ChildJvm.Result run) {
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("receipt:abc:3", "declined: declined", "quote 4.95", "cart xyz",
        "lambda ran", "done");
    List<PrintedSpan> spans = run.spans();
    assertThat(spans).extracting(PrintedSpan::name).containsExactly(
        "payments.authorise", "checkout.place-order",          // placeOrder("abc")
        "payments.authorise", "checkout.place-order",          // the declined order
        "shipping.quote",                                      // ends when the stage completes
        "payments.authorise", "checkout.place-order", "payments.retry",
        "catalog.describe",                                    // once, although javac made a bridge
        "payments.authorise", "checkout.place-order");         // the proxy class itself is ignored

    PrintedSpan placeOrder = spans.get(1);
    assertThat(placeOrder.attributes()).containsEntry("cx.touchpoint", "checkout.place-order")
        .containsEntry("cx.customer.kind", "external")
        .containsEntry("cx.customer.segment", "shopper")
        .containsEntry("cx.journey", "checkout")
        .containsEntry("cx.owner", "checkout-team")
        .containsEntry("cx.promises", "fast,right-first-time")
        .containsEntry("code.function.name", "shop.Checkout.placeOrder");
    assertThat(spans.get(0).parentSpanId()).isEqualTo(placeOrder.spanId());
    assertThat(spans.get(0).attributes()).containsEntry("cx.customer.kind", "partner")
        .containsEntry("cx.promises", "right-first-time");

    assertThat(spans.get(2).status()).isEqualTo("ERROR");
    assertThat(spans.get(2).attributes()).containsEntry("error.type", "java.lang.IllegalArgumentException");
    assertThat(spans.get(3).status()).isEqualTo("ERROR");

    PrintedSpan retry = spans.get(7);
    assertThat(retry.attributes()).containsEntry("cx.recovery", "payments.retry");
    assertThat(spans.get(6).parentSpanId()).isEqualTo(retry.spanId());
  }
}
