package dev.touchpoint.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.touchpoint.CxAttributes;
import dev.touchpoint.Experience;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Promise outcomes, recovery paths and controls, through generated code. */
class PromisesInGeneratedCodeTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  static final String[] SOURCES = {"good/com/shop/promises/package-info.java",
      "good/com/shop/promises/OutOfStock.java", "good/com/shop/promises/Store.java"};

  @TempDir static Path classes;
  static Compilation compilation;
  static CompiledCode code;

  @BeforeAll
  static void compile() {
    compilation = Compilations.compile(SOURCES);
    code = CompiledCode.load(compilation, classes);
  }

  @AfterAll
  static void close() throws Exception {
    code.close();
  }

  @BeforeEach
  void recordIntoTestSdk() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
  }

  Object store() {
    return code.create("com.shop.promises.StoreTouchpoints");
  }

  SpanData span(String name) {
    return otel.getSpans().stream().filter(span -> span.getName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aPromiseToleratesTheExceptionsItsPackageDeclares() {
    assertThatThrownBy(() -> CompiledCode.call(store(), "reserve", "gone"))
        .satisfies(thrown -> assertThat(thrown.getClass().getSimpleName()).isEqualTo("OutOfStock"));
    assertThatThrownBy(() -> CompiledCode.call(store(), "reserve", "broken")).isInstanceOf(IllegalStateException.class);

    List<SpanData> spans = otel.getSpans();
    assertThat(spans.get(0)).hasAttribute(CxAttributes.PROMISE_BROKEN, List.of("fast"));
    assertThat(spans.get(1)).hasAttribute(CxAttributes.PROMISE_BROKEN, List.of("fast", "right-first-time"));
  }

  @Test
  void aGeneratedRecoveryPathBreaksThePromisesAroundItAndTheJourney() throws Throwable {
    assertThat(CompiledCode.call(store(), "reserve", "retry")).isEqualTo("retried retry");

    assertThat(span("store.retry")).hasAttribute(CxAttributes.RECOVERY, "store.retry")
        .hasParentSpanId(span("store.reserve").getSpanId());
    assertThat(span("store.reserve"))
        .hasAttribute(CxAttributes.PROMISE_KEPT, false)
        .hasAttribute(CxAttributes.JOURNEY_FIRST_TIME_RIGHT, false);
  }

  @Test
  void aGeneratedControlCountsTowardsTheTouchpointsTimeShare() throws Throwable {
    assertThat(CompiledCode.call(store(), "reserve", "checked")).isEqualTo("checked checked");

    assertThat(span("stock-check")).hasAttribute(CxAttributes.CONTROL, "stock-check");
    assertThat(span("store.reserve").getAttributes().get(CxAttributes.CONTROL_TIME_SHARE)).isBetween(0.3, 1.0);
  }

  @Test
  void theMapListsToleratedExceptionsRecoveriesAndControls() throws Exception {
    JsonNode map = ExperienceMapTest.read(compilation);

    JsonNode reserve = map.get("touchpoints").get(0);
    assertThat(reserve.get("promises").get(1).get("name").asString()).isEqualTo("right-first-time");
    assertThat(reserve.get("promises").get(1).get("tolerates").get(0).asString()).isEqualTo("com.shop.promises.OutOfStock");
    assertThat(map.get("recoveries")).extracting(node -> node.get("name").asString())
        .containsExactly("store.apology", "store.retry");
    assertThat(map.get("controls")).singleElement()
        .satisfies(control -> assertThat(control.get("name").asString()).isEqualTo("stock-check"));
  }

  @Test
  void everyDeclaredBoundIsWrittenForTheMetrics() throws Exception {
    JavaFileObject bounds = compilation.generatedFiles().stream()
        .filter(file -> file.toUri().toString().endsWith("META-INF/touchpoint/promise-bounds"))
        .findFirst().orElseThrow();

    assertThat(bounds.getCharContent(true).toString()).isEqualTo("2s\n");
  }

  @Test
  void aRecoveryPathGeneratedCodeCannotReachIsAWarningNotAnError() {
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("generated code cannot measure @Recovery Store.apologise(): it is private. Make it"
            + " package-private, protected or public, or let the Touchpoint agent instrument it"
            + " (-Atouchpoint.agent=true); until then its calls are not measured")
        .inFile(JavaFileObjects.forResource("good/com/shop/promises/Store.java"))
        .onLineContaining("private void apologise()");
  }

  @Test
  void oneMethodIsOneKindOfCall() {
    Compilation twoKinds = Compilations.compile("bad/kinds/TwoKinds.java");

    assertThat(twoKinds)
        .hadErrorContaining("TwoKinds.both() is marked as more than one of @Touchpoint, @Recovery and @Control: "
            + "one call is one of them; choose the one it is")
        .inFile(JavaFileObjects.forResource("bad/kinds/TwoKinds.java"))
        .onLineContaining("public void both()");
  }
}
