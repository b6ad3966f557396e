package dev.touchpoint.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** META-INF/touchpoint/experience-map.json, as a JSON consumer reads it. */
class ExperienceMapTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void listsEveryTouchpointWithItsCustomerPromisesAndLocation() throws Exception {
    JsonNode map = read(Compilations.compile(Compilations.shop()));

    assertThat(map.get("format").asInt()).isEqualTo(1);
    JsonNode placeOrder = touchpoint(map, "checkout.place-order");
    assertThat(placeOrder.get("class").asString()).isEqualTo("com.shop.Checkout");
    assertThat(placeOrder.get("method").asString()).isEqualTo("placeOrder");
    assertThat(strings(placeOrder.get("parameterTypes"))).containsExactly("java.lang.String", "int");
    assertThat(placeOrder.get("descriptor").asString()).isEqualTo("(Ljava/lang/String;I)Ljava/lang/String;");
    assertThat(placeOrder.get("serves").asString()).isEqualTo("external");
    assertThat(placeOrder.get("customer").asString()).isEqualTo("shopper");
    assertThat(placeOrder.get("journey").asString()).isEqualTo("checkout");
    assertThat(placeOrder.get("owner").asString()).isEqualTo("checkout-team");
    assertThat(placeOrder.get("promises").get(0).get("name").asString()).isEqualTo("fast");
    assertThat(placeOrder.get("promises").get(0).get("within").asString()).isEqualTo("300ms");
    assertThat(placeOrder.get("promises").get(1).get("name").asString()).isEqualTo("right-first-time");
    assertThat(placeOrder.get("promises").get(1).get("within").isNull()).isTrue();
    assertThat(placeOrder.get("instrumentation").asString()).isEqualTo("generated");
    assertThat(placeOrder.get("generatedClass").asString()).isEqualTo("com.shop.CheckoutTouchpoints");

    JsonNode quote = touchpoint(map, "Checkout.quote");
    assertThat(quote.get("owner").isNull()).isTrue();

    JsonNode retry = map.get("recoveries").get(0);
    assertThat(retry.get("name").asString()).isEqualTo("payments.retry");
    assertThat(retry.get("class").asString()).isEqualTo("com.shop.Payments");
    assertThat(retry.get("descriptor").asString()).isEqualTo("(J)J");
  }

  @Test
  void eachPromiseCarriesTheNearestObjectiveStatedOrNone() throws Exception {
    JsonNode map = read(Compilations.compile("good/objectives/Catalog.java"));

    assertThat(objectives(touchpoint(map, "catalog.browse"))).containsExactly("fast=99.5%", "right-first-time=null");
    assertThat(objectives(touchpoint(map, "catalog.search"))).containsExactly("fast=99.95%", "right-first-time=null");
    assertThat(touchpoint(map, "catalog.search").get("promises").get(0).get("within").asString()).isEqualTo("300ms");
    assertThat(objectives(touchpoint(map, "catalog.recommend")))
        .containsExactly("relevant=90%", "fast=99.5%", "right-first-time=null");
  }

  @Test
  void theBuildsDefaultObjectiveGoesToPromisesThatStateNone() throws Exception {
    JsonNode map = read(Compilations.compileWith(List.of("-Atouchpoint.objective=99%"), "good/objectives/Catalog.java"));

    assertThat(objectives(touchpoint(map, "catalog.browse"))).containsExactly("fast=99.5%", "right-first-time=99%");
  }

  private static List<String> objectives(JsonNode touchpoint) {
    return StreamSupport.stream(touchpoint.get("promises").spliterator(), false)
        .map(promise -> promise.get("name").asString() + "=" + (promise.get("objective").isNull() ? "null"
            : promise.get("objective").asString()))
        .toList();
  }

  @Test
  void isSortedByClassMethodAndDescriptorSoEveryBuildWritesTheSameFile() throws Exception {
    Compilation once = Compilations.compile(Compilations.shop());
    Compilation reordered = Compilations.compile(
        "good/com/shop/Payments.java", "good/com/shop/DefaultCheckout.java", "good/com/shop/Checkout.java",
        "good/com/shop/CheckoutException.java", "good/com/shop/package-info.java");

    assertThat(ReachabilityCheckTest.experienceMap(reordered)).isEqualTo(ReachabilityCheckTest.experienceMap(once));
    List<String> names = StreamSupport.stream(read(once).get("touchpoints").spliterator(), false)
        .map(node -> node.get("class").asString() + "." + node.get("method").asString())
        .toList();
    assertThat(names).isSorted();
  }

  @Test
  void isValidJsonForAnyNames() throws Exception {
    Compilation compilation = Compilations.compile("good/names/OddNames.java");
    assertThat(compilation).succeeded();

    JsonNode map = read(compilation);

    JsonNode express = map.get("touchpoints").get(0);
    assertThat(express.get("name").asString()).isEqualTo("checkout \"express\" \\ lane");
    assertThat(express.get("customer").asString()).isEqualTo("café ☕ 😀");
    assertThat(express.get("journey").asString()).isEqualTo("tab\tand\u0001control");
    assertThat(express.get("owner").asString()).isEqualTo("line\u2028separator");
    assertThat(express.get("promises").get(0).get("name").asString()).isEqualTo("fast \"really\"");
    assertThat(map.get("recoveries").get(0).get("name").asString()).isEqualTo("apology \\ \"sorry\"");
  }

  @Test
  void noMapIsWrittenWhenThereIsNothingToMap() {
    Compilation compilation = Compilations.compile("good/com/shop/CheckoutException.java");

    assertThat(compilation.generatedFiles())
        .noneMatch(file -> file.toUri().toString().endsWith("experience-map.json"));
  }

  static JsonNode read(Compilation compilation) throws Exception {
    return JSON.readTree(ReachabilityCheckTest.experienceMap(compilation));
  }

  private static JsonNode touchpoint(JsonNode map, String name) {
    for (JsonNode touchpoint : map.get("touchpoints")) {
      if (touchpoint.get("name").asString().equals(name)) {
        return touchpoint;
      }
    }
    throw new AssertionError("no touchpoint " + name + " in " + map);
  }

  private static List<String> strings(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
  }
}
