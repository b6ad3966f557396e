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
 * Classes the compiler and the JDK name: the agent leaves JDK proxies ({@code $Proxy} and digits)
 * alone, and only them, so a class whose name merely contains {@code $Proxy} is instrumented like
 * any other; an anonymous class's touchpoints get a name that is neither empty nor starts with a dot.
 */
class ClassNamesIT {

  static final String FILE = """
      touchpoints:
        - class: com.vendor.names.*
          method: "*"
          serves: internal
      """;

  @TempDir static Path work;
  static Path classes;

  @BeforeAll
  static void compileTheApplication() throws Exception {
    classes = FixtureApps.compile("names", List.of(), false, work, "names");
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Jdk.class)
  void proxiesAreLeftAloneAndEveryOtherClassIsNamedSensibly(Jdk jdk) throws Exception {
    Path file = Files.writeString(work.resolve("touchpoints.yaml"), FILE);

    ChildJvm.Result run = jdk.java().touchpointAgent("config=" + file + ",sdk=true")
        .property("otel.traces.exporter", "console")
        .classpath(List.of(classes)).main("com.vendor.names.NamesApp").run();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("applied timeout", "hello shopper from com.vendor.names.$Proxy",
        "ran com.vendor.names.NamesApp$1", "done");
    List<ConsoleSpan> spans = ConsoleSpan.parse(run.stderr());
    assertThat(spans).extracting(ConsoleSpan::name).as(run.toString())
        .containsExactlyInAnyOrder("ProxySettings.apply", "NamesApp$1.run", "NamesApp.main");
    assertThat(spans).extracting(ConsoleSpan::attributes).as(run.toString())
        .noneMatch(attributes -> attributes.contains("$Proxy0") || attributes.contains("greet"));
  }
}
