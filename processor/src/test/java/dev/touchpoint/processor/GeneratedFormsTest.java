package dev.touchpoint.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import dev.touchpoint.CxAttributes;
import dev.touchpoint.Experience;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.data.StatusData;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every shape of Java the issue names compiles, and behaves, through generated code. */
class GeneratedFormsTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  @TempDir static Path classes;
  static Compilation compilation;
  static CompiledCode code;

  @BeforeAll
  static void compile() {
    compilation = Compilations.compile(
        "good/com/shop/forms/Repository.java", "good/com/shop/forms/InMemoryRepository.java",
        "good/com/shop/forms/Shop.java", "good/com/shop/forms/Tracking.java",
        "good/com/shop/forms/BaseService.java", "good/com/shop/forms/PremiumService.java",
        "good/com/shop/forms/Orders.java");
    assertThat(compilation).succeededWithoutWarnings();
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

  Object repository() {
    return code.create("com.shop.forms.RepositoryTouchpoints", code.create("com.shop.forms.InMemoryRepository"));
  }

  @Test
  void overloadsAreSeparateTouchpoints() throws Throwable {
    Object repository = repository();
    Method byId = repository.getClass().getMethod("find", String.class);
    Method byNumber = repository.getClass().getMethod("find", int.class);

    assertThat(byId.invoke(repository, "7")).isEqualTo("item-7");
    assertThat(byNumber.invoke(repository, 7)).isEqualTo("item#7");

    assertThat(otel.getSpans()).extracting(SpanData::getName)
        .containsExactly("repo.find-by-id", "repo.find-by-number");
  }

  @Test
  void varargsPassThrough() throws Exception {
    Object repository = repository();
    Method findAll = repository.getClass().getMethod("findAll", String[].class);

    assertThat(findAll.invoke(repository, (Object) new String[] {"a", "b"})).isEqualTo(List.of("a", "b"));
    assertThat(otel.getSpans()).extracting(SpanData::getName).containsExactly("repo.find-all");
  }

  @Test
  void genericMethodsKeepTheirTypes() throws Exception {
    Object repository = repository();
    Method map = repository.getClass().getMethod("map", Comparable.class, Function.class);

    assertThat(map.getTypeParameters()).hasSize(1);
    assertThat(map.invoke(repository, "abc", (Function<String, Integer>) String::length)).isEqualTo(3);
    assertThat(otel.getSpans()).extracting(SpanData::getName).containsExactly("repo.map");
  }

  @Test
  void aCompletionStageEndsTheSpanWithItsOutcome() throws Exception {
    Object repository = repository();
    Method load = repository.getClass().getMethod("load", String.class);

    CompletionStage<?> loaded = (CompletionStage<?>) load.invoke(repository, "9");
    CompletionStage<?> failed = (CompletionStage<?>) load.invoke(repository, "");

    assertThat(loaded.toCompletableFuture().join()).isEqualTo("loaded-9");
    assertThat(failed.toCompletableFuture()).isCompletedExceptionally();
    assertThat(otel.getSpans()).extracting(SpanData::getStatus)
        .containsExactly(StatusData.unset(), StatusData.error());
  }

  @Test
  void aGenericExceptionIsRethrownAsDeclared() throws Exception {
    Object repository = repository();
    Method check = repository.getClass().getMethod("check", Comparable.class, Supplier.class);
    java.io.IOException failure = new java.io.IOException("bad item");

    assertThatThrownBy(() -> {
      try {
        check.invoke(repository, "", (Supplier<Exception>) () -> failure);
      } catch (java.lang.reflect.InvocationTargetException thrown) {
        throw thrown.getCause();
      }
    }).isSameAs(failure);
    assertThat(otel.getSpans().get(0)).hasName("repo.check").hasException(failure);
  }

  @Test
  void nestedTypesGetJoinedNames() throws Throwable {
    Object ledger = code.create("com.shop.forms.Shop_LedgerTouchpoints");
    assertThat(CompiledCode.call(ledger, "reconcile", 3)).isEqualTo(3);

    assertThat(code.type("com.shop.forms.Shop_ReturnsTouchpoints").getInterfaces())
        .extracting(Class::getName).containsExactly("com.shop.forms.Shop$Returns");
    assertThat(otel.getSpans()).extracting(SpanData::getName).containsExactly("ledger.reconcile");
  }

  @Test
  void aDecoratorInstrumentsTheTouchpointsItInherits() throws Throwable {
    Object tracking = code.create("com.shop.forms.TrackingTouchpoints", trackingImplementation());

    CompiledCode.call(tracking, "accept", "order-1");
    CompiledCode.call(tracking, "track", "order-1");

    assertThat(otel.getSpans()).extracting(SpanData::getName)
        .containsExactly("returns.accept", "returns.track");
  }

  @Test
  void aSubclassInstrumentsTheTouchpointsItInheritsOnce() throws Throwable {
    Object premium = code.create("com.shop.forms.PremiumServiceTouchpoints");

    assertThat(CompiledCode.call(premium, "serve")).isEqualTo("served");
    assertThat(CompiledCode.call(premium, "upgrade")).isEqualTo("upgraded");

    assertThat(otel.getSpans()).extracting(SpanData::getName)
        .containsExactly("service.serve", "service.upgrade");
  }

  @Test
  void aGenericClassKeepsItsConstructorsAndPackagePrivateMethods() throws Exception {
    Class<?> orders = code.type("com.shop.forms.OrdersTouchpoints");
    assertThat(orders.getTypeParameters()).hasSize(1);
    assertThat(orders.getConstructor(Object.class).getExceptionTypes())
        .containsExactly(java.io.IOException.class);
    assertThat(orders.getDeclaredConstructor(Object.class, String[].class).isVarArgs()).isTrue();

    Object instance = orders.getConstructor(Object.class).newInstance("eu-west");
    Method ship = orders.getDeclaredMethod("ship", Object.class);
    ship.setAccessible(true);
    CompletableFuture<?> shipped = (CompletableFuture<?>) ship.invoke(instance, "order-5");

    assertThat(shipped.join()).isEqualTo("order-5 shipped from eu-west");
    assertThat(otel.getSpans()).extracting(SpanData::getName).containsExactly("orders.ship");
  }

  @Test
  void namesThatNeedEscapingReachTheSpanExactly(@TempDir Path oddClasses) throws Throwable {
    Compilation odd = Compilations.compile("good/names/OddNames.java");
    try (CompiledCode oddCode = CompiledCode.load(odd, oddClasses)) {
      CompiledCode.call(oddCode.create("names.OddNamesTouchpoints"), "express");
    }

    assertThat(otel.getSpans()).singleElement().satisfies(span -> assertThat(span)
        .hasName("checkout \"express\" \\ lane")
        .hasAttribute(CxAttributes.CUSTOMER_SEGMENT, "café ☕ 😀")
        .hasAttribute(CxAttributes.JOURNEY, "tab\tand\u0001control")
        .hasAttribute(CxAttributes.OWNER, "line\u2028separator")
        .hasAttribute(CxAttributes.PROMISES, List.of("fast \"really\"")));
  }

  private Object trackingImplementation() {
    Class<?> tracking = code.type("com.shop.forms.Tracking");
    return java.lang.reflect.Proxy.newProxyInstance(code.loader(), new Class<?>[] {tracking},
        (proxy, method, arguments) -> method.getName() + ":" + arguments[0]);
  }
}
