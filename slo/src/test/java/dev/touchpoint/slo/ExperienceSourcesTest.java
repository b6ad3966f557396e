package dev.touchpoint.slo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.slo.model.PromiseObjective;
import dev.touchpoint.slo.model.ServiceExperience;
import dev.touchpoint.slo.read.ExperienceSources;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperienceSourcesTest {

  static final String MAP = Fixtures.MAP_ENTRY;

  @TempDir Path work;

  @Test
  void aClassesFolderGivesEachTouchpointAndPromiseItsObjectiveOrTheDefault() throws Exception {
    ServiceExperience storefront = sources().read(Fixtures.storefrontClasses(work)).experience("storefront");

    assertThat(storefront.promises()).containsExactly(
        new PromiseObjective("checkout.place-order", "fast", "300ms", new BigDecimal("0.995"), "external", "shopper",
            "checkout", "checkout-team", work.resolve("storefront-classes").resolve(MAP).toString()),
        new PromiseObjective("checkout.place-order", "right-first-time", null, new BigDecimal("0.999"), "external",
            "shopper", "checkout", "checkout-team", work.resolve("storefront-classes").resolve(MAP).toString()),
        new PromiseObjective("catalog.browse", "fast", "2s", new BigDecimal("0.99"), "external", null, null, null,
            work.resolve("storefront-classes").resolve(MAP).toString()));
    assertThat(storefront.touchpoints()).containsExactly("checkout.place-order", "catalog.browse");
    assertThat(storefront.touchpointsDeclared()).extracting(touchpoint -> touchpoint.name() + " " + touchpoint.owner()
        + " " + touchpoint.promises() + " " + touchpoint.bounds())
        .containsExactly("checkout.place-order checkout-team [fast, right-first-time] [300ms, null]",
            "catalog.browse null [fast] [2s]");
  }

  @Test
  void aSpringBootJarIsReadWithTheJarsNestedInIt() throws Exception {
    Path library = Fixtures.jar(work.resolve("library.jar"), Map.of(MAP, Fixtures.resource("storefront-map.json")));
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("BOOT-INF/classes/" + MAP, Fixtures.resource("storefront-map.json"));
    entries.put("BOOT-INF/lib/library.jar", Files.readAllBytes(library));
    Path application = Fixtures.jar(work.resolve("app.jar"), entries);

    ExperienceSources sources = sources().read(application);

    assertThat(sources.experience("loyalty").promises()).hasSize(3);
    assertThat(sources.problems()).containsExactly(application + "!/BOOT-INF/lib/library.jar!/" + MAP
        + ": touchpoint checkout.place-order and its promise fast are already declared in " + application
        + "!/BOOT-INF/classes/" + MAP + "; the first is used",
        application + "!/BOOT-INF/lib/library.jar!/" + MAP + ": touchpoint checkout.place-order and its promise"
        + " right-first-time are already declared in " + application + "!/BOOT-INF/classes/" + MAP + "; the first is used",
        application + "!/BOOT-INF/lib/library.jar!/" + MAP + ": touchpoint catalog.browse and its promise fast are"
        + " already declared in " + application + "!/BOOT-INF/classes/" + MAP + "; the first is used");
  }

  @Test
  void aTouchpointsFileIsReadAsTheAgentReadsIt() throws Exception {
    Path file = Fixtures.paymentsTouchpoints(work);

    ExperienceSources sources = sources().read(file);

    assertThat(sources.experience("payments").promises()).extracting(promise -> promise.touchpoint() + " "
        + promise.promise() + " " + promise.objective() + " " + promise.customer() + " " + promise.owner())
        .containsExactly("payments.authorise fast 0.999 internal checkout payments-team",
            "payments.authorise right-first-time 0.999 internal checkout payments-team");
    assertThat(sources.experience("payments").recoveries()).containsExactly("payments.retry-backup-acquirer");
    assertThat(sources.problems()).containsExactly("touchpoints.yaml:13: the touchpoint's name depends on which"
        + " classes and methods match; give the entry a 'name' to generate its objectives");
  }

  @Test
  void whatCannotBeReadIsOneLineEachAndTheRestIsRead() throws Exception {
    Path notAMap = Files.createDirectories(work.resolve("broken").resolve(MAP).getParent());
    Files.writeString(notAMap.resolve("experience-map.json"), "{ \"touchpoints\": [");
    Path badObjective = Files.createDirectories(work.resolve("bad").resolve(MAP).getParent());
    Files.writeString(badObjective.resolve("experience-map.json"), new String(Fixtures.resource("storefront-map.json"))
        .replace("\"99%\"", "\"most\""));
    Path empty = Files.createDirectories(work.resolve("empty"));
    Path plainJar = Fixtures.jar(work.resolve("plain.jar"), Map.of("a/A.class", new byte[] {1}));

    ExperienceSources sources = sources().read(work.resolve("missing.jar")).read(work.resolve("broken"))
        .read(work.resolve("bad")).read(empty).read(plainJar).read(Files.writeString(work.resolve("notes.txt"), "hi"));

    assertThat(sources.experience("storefront").promises()).extracting(PromiseObjective::touchpoint)
        .containsExactly("checkout.place-order", "checkout.place-order");
    List<String> problems = sources.problems();
    assertThat(problems).hasSize(6);
    assertThat(problems.get(0)).isEqualTo(work.resolve("missing.jar") + ": no such file or folder");
    assertThat(problems.get(1)).startsWith(work.resolve("broken").resolve(MAP) + ": not an experience map (");
    assertThat(problems.get(2)).isEqualTo(work.resolve("bad").resolve(MAP) + ": touchpoint catalog.browse, promise"
        + " fast: objective \"most\" is not an objective: write a percentage above 0 and below 100, such as \"99.5%\""
        + " or \"99.95%\" (100% leaves no error budget)");
    assertThat(problems.get(3)).isEqualTo(empty + ": no experience map (" + MAP + "); did the Touchpoint processor"
        + " run in this build?");
    assertThat(problems.get(4)).isEqualTo(plainJar + ": no experience map in it or its nested jars; did the Touchpoint"
        + " processor run in its build?");
    assertThat(problems.get(5)).isEqualTo(work.resolve("notes.txt") + ": neither a classes folder, a jar, a war nor"
        + " a touchpoints file (.yaml)");
  }

  private static ExperienceSources sources() {
    return new ExperienceSources(new BigDecimal("0.999"));
  }


}
