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
import io.opentelemetry.sdk.trace.data.StatusData;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A class with @Touchpoint methods gets a subclass: golden source, then real spans. */
class GeneratedSubclassTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  @TempDir Path classes;
  Compilation compilation;
  CompiledCode code;

  @BeforeEach
  void compile() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
    compilation = Compilations.compile(Compilations.shop());
    assertThat(compilation).succeededWithoutWarnings();
    code = CompiledCode.load(compilation, classes);
  }

  @AfterEach
  void close() throws Exception {
    code.close();
  }

  @Test
  void theSubclassIsReadableGeneratedSource() {
    assertThat(compilation)
        .generatedSourceFile("com.shop.PaymentsTouchpoints")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("expected/com/shop/PaymentsTouchpoints.java"));
  }

  @Test
  void itMirrorsTheConstructorsASubclassCanCall() {
    Class<?> subclass = code.type("com.shop.PaymentsTouchpoints");

    assertThat(subclass.getSuperclass().getName()).isEqualTo("com.shop.Payments");
    assertThat(subclass.getDeclaredConstructors()).hasSize(2);
    assertThat(code.create("com.shop.PaymentsTouchpoints", "acquirer-x")).isNotNull();
  }

  @Test
  void anOverriddenTouchpointMakesASpanAndKeepsTheResult() throws Throwable {
    Object payments = code.create("com.shop.PaymentsTouchpoints", "acquirer-x");

    assertThat(CompiledCode.call(payments, "authorise", 4_995L)).isEqualTo(4_995L);

    assertThat(otel.getSpans()).singleElement().satisfies(span -> assertThat(span)
        .hasName("payments.authorise")
        .hasAttribute(CxAttributes.CUSTOMER_KIND, "partner")
        .hasAttribute(CxAttributes.CUSTOMER_SEGMENT, "card-acquirer")
        .hasAttribute(CxAttributes.PROMISES, List.of("fast", "right-first-time")));
  }

  @Test
  void anExceptionFromSuperIsRecordedAndRethrown() {
    Object payments = code.create("com.shop.PaymentsTouchpoints", "acquirer-x");

    assertThatThrownBy(() -> CompiledCode.call(payments, "authorise", 0L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nothing to authorise");
    assertThat(otel.getSpans().get(0)).hasStatus(StatusData.error());
  }

  @Test
  void aProtectedGenericVarargsMethodIsInstrumented() throws Exception {
    Object payments = code.create("com.shop.PaymentsTouchpoints", "acquirer-x");
    Method convert = code.type("com.shop.PaymentsTouchpoints")
        .getDeclaredMethod("convert", Number.class, String[].class);
    convert.setAccessible(true);

    assertThat(convert.invoke(payments, 12, new String[] {"EUR", "GBP"}))
        .isEqualTo("12 in EUR,GBP via acquirer-x");
    assertThat(otel.getSpans()).singleElement()
        .satisfies(span -> assertThat(span).hasName("payments.convert"));
  }

  @Test
  void methodsThatAreNotTouchpointsAreInheritedUntouched() throws Throwable {
    Object payments = code.create("com.shop.PaymentsTouchpoints", "acquirer-x");

    assertThat(CompiledCode.call(payments, "acquirer")).isEqualTo("acquirer-x");
    assertThat(otel.getSpans()).isEmpty();
  }
}
