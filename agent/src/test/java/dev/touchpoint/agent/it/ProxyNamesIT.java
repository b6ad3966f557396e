package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The agent leaves JDK proxies alone ({@code $Proxy} and digits), and only them: an application
 * class whose name merely contains {@code $Proxy} is instrumented like any other.
 */
class ProxyNamesIT {

  static final String FILE = """
      touchpoints:
        - class: com.vendor.proxies.*
          method: "*"
          serves: internal
      """;

  @TempDir static Path work;
  static Path classes;

  @BeforeAll
  static void compileTheApplication() throws Exception {
    classes = FixtureApps.compile("proxies", List.of(), false, work, "proxies");
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Jdk.class)
  void aClassNamedLikeAProxyIsInstrumentedAndARealProxyIsNot(Jdk jdk) throws Exception {
    Path file = Files.writeString(work.resolve("touchpoints.yaml"), FILE);

    ChildJvm.Result run = jdk.java().touchpointAgent("config=" + file + ",sdk=true")
        .property("otel.traces.exporter", "console")
        .classpath(List.of(classes)).main("com.vendor.proxies.ProxyApp").run();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("applied timeout", "hello shopper from com.vendor.proxies.$Proxy", "done");
    List<ConsoleSpan> spans = ConsoleSpan.parse(run.stderr());
    assertThat(spans).extracting(ConsoleSpan::attributes).as(run.toString())
        .anyMatch(attributes -> attributes.contains("code.function.name=com.vendor.proxies.ProxyApp$ProxySettings.apply"))
        .noneMatch(attributes -> attributes.contains("$Proxy0") || attributes.contains("greet"));
  }
}
