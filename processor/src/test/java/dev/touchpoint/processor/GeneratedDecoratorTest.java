package dev.touchpoint.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.touchpoint.CxAttributes;
import dev.touchpoint.Experience;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.StatusData;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An interface with @Touchpoint methods gets a decorator: golden source, then real spans. */
class GeneratedDecoratorTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  @TempDir Path classes;
  Compilation compilation;
  CompiledCode code;
  Object decorated;

  @BeforeEach
  void compileAndDecorate() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
    compilation = Compilations.compile(Compilations.shop());
    assertThat(compilation).succeededWithoutWarnings();
    code = CompiledCode.load(compilation, classes);
    decorated = code.create("com.shop.CheckoutTouchpoints", code.create("com.shop.DefaultCheckout"));
  }

  @AfterEach
  void close() throws Exception {
    if (code != null) {
      code.close();
    }
  }

  @Test
  void theDecoratorIsReadableGeneratedSource() {
    assertThat(compilation)
        .generatedSourceFile("com.shop.CheckoutTouchpoints")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("expected/com/shop/CheckoutTouchpoints.java"));
    assertThat(compilation)
        .generatedSourceFile("com.shop.CheckoutTouchpoints")
        .contentsAsUtf8String()
        .contains("@Generated(\"dev.touchpoint.processor.TouchpointProcessor\")");
  }

  @Test
  void aTouchpointMethodBecomesASpanWithItsDeclaredAttributes() throws Throwable {
    assertThat(CompiledCode.call(decorated, "placeOrder", "cart-7", 2)).isEqualTo("receipt for cart-7");

    assertThat(otel.getSpans()).singleElement().satisfies(span -> assertThat(span)
        .hasName("checkout.place-order")
        .hasAttributesSatisfyingExactly(
            equalTo(CxAttributes.TOUCHPOINT, "checkout.place-order"),
            equalTo(CxAttributes.CUSTOMER_KIND, "external"),
            equalTo(CxAttributes.CUSTOMER_SEGMENT, "shopper"),
            equalTo(CxAttributes.JOURNEY, "checkout"),
            equalTo(CxAttributes.OWNER, "checkout-team"),
            equalTo(CxAttributes.PROMISES, List.of("fast", "right-first-time")),
            equalTo(AttributeKey.stringKey("code.function.name"), "com.shop.Checkout.placeOrder"),
            equalTo(CxAttributes.PROMISE_KEPT, true),
            equalTo(CxAttributes.CONTROL_TIME_SHARE, 0.0),
            equalTo(CxAttributes.JOURNEY_FIRST_TIME_RIGHT, true)));
  }

  @Test
  void aCheckedExceptionIsRecordedAndRethrownUnchanged() {
    assertThatThrownBy(() -> CompiledCode.call(decorated, "placeOrder", "cart-8", 0))
        .hasMessage("empty cart cart-8")
        .satisfies(thrown -> assertThat(thrown.getClass().getName()).isEqualTo("com.shop.CheckoutException"));

    assertThat(otel.getSpans().get(0))
        .hasStatus(StatusData.error())
        .hasAttribute(AttributeKey.stringKey("error.type"), "com.shop.CheckoutException");
  }

  @Test
  void anAsyncTouchpointEndsWhenItsStageCompletes() throws Throwable {
    Object delegate = code.create("com.shop.DefaultCheckout");
    Object asyncDecorated = code.create("com.shop.CheckoutTouchpoints", delegate);
    @SuppressWarnings("unchecked")
    CompletableFuture<String> pending =
        (CompletableFuture<String>) delegate.getClass().getField("pendingQuote").get(delegate);

    Object returned = CompiledCode.call(asyncDecorated, "quote", "cart-9");

    assertThat(returned).isSameAs(pending);
    assertThat(otel.getSpans()).isEmpty();
    pending.complete("4.95");
    assertThat(otel.getSpans()).singleElement()
        .satisfies(span -> assertThat(span).hasName("Checkout.quote").hasStatus(StatusData.unset()));
  }

  @Test
  void aDefaultMethodIsATouchpointToo() {
    assertThatThrownBy(() -> CompiledCode.call(decorated, "cancel", ""))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(otel.getSpans()).singleElement()
        .satisfies(span -> assertThat(span).hasName("checkout.cancel").hasStatus(StatusData.error()));
  }

  @Test
  void otherMethodsPassStraightThroughWithoutASpan() throws Throwable {
    assertThat(CompiledCode.call(decorated, "describe", "cart-1")).isEqualTo("cart cart-1");
    assertThat(otel.getSpans()).isEmpty();
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void experienceDecorateFindsTheGeneratedDecoratorThroughTheServiceLoader() throws Throwable {
    Class checkout = code.type("com.shop.Checkout");

    Object found = Experience.decorate(checkout, code.create("com.shop.DefaultCheckout"));

    assertThat(found.getClass().getName()).isEqualTo("com.shop.CheckoutTouchpoints");
    CompiledCode.call(found, "placeOrder", "cart-3", 1);
    assertThat(otel.getSpans()).hasSize(1);
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void decoratingATypeWithNoGeneratedDecoratorSaysWhatToDo() {
    assertThatThrownBy(() -> Experience.decorate((Class) Runnable.class, (Runnable) () -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no touchpoint decorator was generated for java.lang.Runnable")
        .hasMessageContaining("annotationProcessorPaths");
    assertThatThrownBy(() -> code.create("com.shop.CheckoutTouchpoints", (Object) null))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .rootCause().hasMessageStartingWith("delegate must not be null");
  }
}
