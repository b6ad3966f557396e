package dev.touchpoint.weaver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plays the newcomer who follows the README: a fresh Maven project made of the README's own
 * snippets (the BOM import, the quick start's Maven block as written, its {@code Payments} class with a body where the
 * README elides one), built by a real, offline {@code mvn} against this build's artifacts, then run: the
 * touchpoint's span comes out, with no agent and no generated class.
 */
class NewcomerIT {

  /** What the README leaves out of {@code Payments.authorise}, and the little the project adds around the snippets. */
  static final String BODY = "{ return \"auth-\" + orderId; }";
  static final String MAIN = """
      package shop;

      import io.opentelemetry.exporter.logging.LoggingSpanExporter;
      import io.opentelemetry.sdk.OpenTelemetrySdk;
      import io.opentelemetry.sdk.trace.SdkTracerProvider;
      import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

      public class Main {
        public static void main(String[] args) {
          try (OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
              .addSpanProcessor(SimpleSpanProcessor.create(LoggingSpanExporter.create())).build())
              .buildAndRegisterGlobal()) {
            System.out.println(new Payments().authorise("order-1", 4_995));
          }
        }
      }
      """;

  @TempDir static Path work;
  static ThisBuildsArtifacts artifacts;

  @BeforeAll
  static void installThisBuildsArtifacts() throws Exception {
    artifacts = ThisBuildsArtifacts.install(work);
  }

  @Test
  void theReadmesQuickStartBuildsAndItsTouchpointMakesASpan() throws Exception {
    String bomImport = Readme.block(Readme.section("Getting the artifacts"), "```xml");
    assertThat(bomImport).as("the README's BOM import").contains("<artifactId>touchpoint-bom</artifactId>");
    String quickStart = Readme.section("Quick start for app developers");
    String maven = Readme.unindent(Readme.block(quickStart, "```xml"));
    String[] parts = maven.split("\n\\.\\.\\.\n");
    assertThat(parts).as("the README's Maven block: dependency, '...', plugins").hasSize(2);
    String payments = Readme.unindent(Readme.block(quickStart, "```java"));
    assertThat(payments).as("the README's Payments class").contains("public class Payments", "{ ... }");

    Path project = Files.createDirectories(work.resolve("newcomer"));
    Files.writeString(project.resolve("pom.xml"), pom(bomImport, parts[0], parts[1]));
    Path sources = Files.createDirectories(project.resolve("src/main/java/shop"));
    Files.writeString(sources.resolve("Payments.java"),
        "package shop;\n\nimport dev.touchpoint.*;\n\n" + payments.replace("{ ... }", BODY));
    Files.writeString(sources.resolve("Main.java"), MAIN);

    artifacts.run(project, true, "package");
    artifacts.run(project, true, "org.apache.maven.plugins:maven-dependency-plugin:"
        + System.getProperty("dependency.plugin.version") + ":build-classpath", "-Dmdep.outputFile=classpath.txt");
    String classpath = project.resolve("target/classes") + java.io.File.pathSeparator
        + Files.readString(project.resolve("classpath.txt")).strip();
    Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classpath, "shop.Main").redirectErrorStream(true).start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(java.waitFor(1, TimeUnit.MINUTES)).isTrue();

    assertThat(java.exitValue()).as(output).isZero();
    assertThat(output).as("what the newcomer's application printed").contains("auth-order-1", "'payments.authorise'",
        "cx.customer.kind=partner", "cx.customer.segment=card-acquirer", "cx.promises=[fast, right-first-time]");
    try (var files = Files.walk(project.resolve("target/classes"))) {
      assertThat(files.map(Path::toString)).as("woven, not generated").noneMatch(name -> name.endsWith("Touchpoints.class"));
    }
  }

  private static String pom(String bomImport, String dependency, String plugins) {
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>newcomer</groupId>
          <artifactId>shop</artifactId>
          <version>1</version>
          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
        %s
          <dependencies>
        %s
            <dependency>
              <groupId>io.opentelemetry</groupId>
              <artifactId>opentelemetry-sdk</artifactId>
              <version>%s</version>
            </dependency>
            <dependency>
              <groupId>io.opentelemetry</groupId>
              <artifactId>opentelemetry-exporter-logging</artifactId>
              <version>%s</version>
            </dependency>
          </dependencies>
          <build>
        %s
            <plugins>
        %s
            </plugins>
          </build>
        </project>
        """.formatted(bomImport, dependency, System.getProperty("opentelemetry.version"), System.getProperty("opentelemetry.version"),
        ThisBuildsArtifacts.samePluginsAsThisBuild(), plugins);
  }
}
