package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever a touchpoints file says, the agent as shipped (its shaded jar) leaves alone the JDK,
 * itself, its runtime and everything it bundles. Shading once rewrote the ignore list's own
 * constants, so this reads the built jar rather than trusting the sources.
 */
class NeverInstrumentsItselfIT {

  static final String GREEDY = """
      touchpoints:
        - class: com.vendor.legacy.OrderService
          method: submit
          name: orders.submit
          serves: external
        - class: "**.*Codec"
          method: "*"
          serves: internal
        - class: "dev.touchpoint.**"
          method: "*"
          serves: internal
        - class: "**"
          method: "*"
          serves: internal
      """;

  @TempDir static Path work;
  static Path classes;

  @BeforeAll
  static void compileTheApplication() throws Exception {
    classes = FixtureApps.compile("legacy", List.of(), false, work, "legacy");
  }

  @ParameterizedTest(name = "the shipped agent ignores {0}")
  @ValueSource(strings = {"java/lang/String", "dev/touchpoint/runtime/TouchpointRuntime",
      "dev/touchpoint/declaration/DeclarationCodec", "dev/touchpoint/Experience", "dev/touchpoint/agent/AgentStartup",
      "net/bytebuddy/ByteBuddy", "org/snakeyaml/engine/v2/api/Load", "io/opentelemetry/sdk/OpenTelemetrySdk",
      "okhttp3/OkHttpClient", "okio/Buffer", "zipkin2/Span", "kotlin/Unit", "org/jetbrains/annotations/NotNull",
      "io/prometheus/metrics/exporter/httpserver/HTTPServer"})
  void theShippedIgnoreListNamesTheUnshadedPackages(String internalName) throws Exception {
    try (URLClassLoader shipped = new URLClassLoader(new URL[] {Agents.touchpoint().toUri().toURL()}, null)) {
      Method ignores = shipped.loadClass("dev.touchpoint.agent.matching.Ignores").getMethod("ignores", String.class);

      assertThat(ignores.invoke(null, internalName)).as(internalName).isEqualTo(true);
    }
  }

  @Test
  void everyClassOfEveryJarTheShippedAgentBundlesIsIgnored() throws Exception {
    List<String> bundled = new ArrayList<>();
    try (JarFile agent = new JarFile(Agents.touchpoint().toFile());
        URLClassLoader shipped = new URLClassLoader(new URL[] {Agents.touchpoint().toUri().toURL()}, null)) {
      Method ignores = shipped.loadClass("dev.touchpoint.agent.matching.Ignores").getMethod("ignores", String.class);
      for (JarEntry nested : Collections.list(agent.entries())) {
        if (!nested.getName().startsWith("dev/touchpoint/agent/bundle/") || !nested.getName().endsWith(".jar")) {
          continue;
        }
        try (JarInputStream jar = new JarInputStream(agent.getInputStream(nested))) {
          for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
            String name = entry.getName();
            if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")) {
              String internalName = name.substring(0, name.length() - ".class".length());
              bundled.add(internalName);
              assertThat(ignores.invoke(null, internalName)).as("%s, from %s", internalName, nested.getName())
                  .isEqualTo(true);
            }
          }
        }
      }
    }
    assertThat(bundled).as("classes in the bundled jars").hasSizeGreaterThan(1000)
        .anyMatch(name -> name.startsWith("io/prometheus/"));
  }

  @Test
  void aFileThatMatchesEverythingInstrumentsOnlyTheApplication() throws Exception {
    assertOnlyTheApplicationIsInstrumented(ChildJvm.java());
  }

  @Test
  void onTheNewestJdkToo() throws Exception {
    assertOnlyTheApplicationIsInstrumented(ChildJvm.java(Agents.newestJdk()));
  }

  private static void assertOnlyTheApplicationIsInstrumented(ChildJvm java) throws Exception {
    Path file = Files.writeString(work.resolve("greedy.yaml"), GREEDY);
    ChildJvm.Result run = java.touchpointAgent("config=" + file + ",sdk=true")
        .property("otel.traces.exporter", "console")
        .classpath(List.of(classes)).main("com.vendor.legacy.LegacyApp").run();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("submitted o-1", "done");
    assertThat(run.stderr()).as(run.toString()).doesNotContain("ASSERTION FAILED", "StackOverflowError");
    List<ConsoleSpan> spans = ConsoleSpan.parse(run.stderr());
    assertThat(spans).extracting(ConsoleSpan::name).as(run.toString()).contains("orders.submit")
        .allMatch(name -> name.equals("orders.submit") || name.startsWith("OrderService.")
            || name.startsWith("LegacyApp.") || name.startsWith("FraudScreen."));
  }
}
