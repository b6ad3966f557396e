package dev.touchpoint.weaver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent as a platform team gets it, following the README's quick start: its own
 * {@code mvn dependency:copy} command, run offline against a local repository holding this build's
 * artifacts, gives a jar that {@code -javaagent} accepts; with the README's touchpoints file and
 * command line it instruments an application jar that knows nothing of Touchpoint.
 */
class AgentArtifactIT {

  /** An application built by someone else: no annotations, no Touchpoint, no OpenTelemetry. */
  static final String ORDER_SERVICE = """
      package com.vendor.orders;

      public class OrderService {
        public String submit(String order) {
          return "submitted " + order;
        }

        public static void main(String[] args) {
          System.out.println(new OrderService().submit("order-1"));
        }
      }
      """;
  static final String APP_POM = """
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>com.vendor</groupId>
        <artifactId>orders</artifactId>
        <version>1</version>
        <properties>
          <maven.compiler.release>17</maven.compiler.release>
          <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        </properties>
        <build>
          <finalName>app</finalName>
      %s
          <plugins>
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-jar-plugin</artifactId>
              <configuration>
                <archive><manifest><mainClass>com.vendor.orders.OrderService</mainClass></manifest></archive>
              </configuration>
            </plugin>
          </plugins>
        </build>
      </project>
      """;

  @TempDir static Path work;
  static ThisBuildsArtifacts artifacts;
  static Path platform;

  @BeforeAll
  static void copyTheAgentAsTheReadmeSays() throws Exception {
    artifacts = ThisBuildsArtifacts.install(work);
    platform = Files.createDirectories(work.resolve("platform"));
    String copy = Readme.line(Readme.section("Quick start for platform teams"), "mvn dependency:copy ");
    // The README's command, word for word, run where the agent should land.
    artifacts.run(platform, true, copy.substring("mvn ".length()).split(" "));
  }

  @Test
  void theResolvedArtifactIsTheRunnableAgent() throws Exception {
    Path agent = platform.resolve("touchpoint-agent.jar");
    assertThat(agent).isRegularFile();

    Path classes = WovenShop.compile(work.resolve("shop"), List.of(), WovenShop.sources());
    String output = WovenShop.run(List.of(classes), agent);

    assertThat(output).contains("[touchpoint-agent] Touchpoint agent ").doesNotContain("Failed to find Premain-Class");
    assertThat(WovenShop.tree(WovenShop.spanLines(output))).as(output).isEqualTo(WovenShop.SPAN_TREE);
  }

  @Test
  void theReadmesTouchpointsFileAndCommandInstrumentAJarTouchpointNeverSaw() throws Exception {
    Path project = Files.createDirectories(work.resolve("vendor"));
    Files.writeString(project.resolve("pom.xml"), APP_POM.formatted(ThisBuildsArtifacts.samePluginsAsThisBuild()));
    Path sources = Files.createDirectories(project.resolve("src/main/java/com/vendor/orders"));
    Files.writeString(sources.resolve("OrderService.java"), ORDER_SERVICE);
    artifacts.run(project, true, "package");
    Files.copy(project.resolve("target/app.jar"), platform.resolve("app.jar"));

    String quickStart = Readme.section("Quick start for platform teams");
    Files.writeString(platform.resolve("touchpoints.yaml"), Readme.block(quickStart, "```yaml"));
    String tryItOut = Readme.line(quickStart.substring(quickStart.indexOf("sdk=true")), "java -javaagent:");
    List<String> command = new ArrayList<>(List.of(tryItOut.split(" ")));
    command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Process java = new ProcessBuilder(command).directory(platform.toFile()).redirectErrorStream(true).start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(java.waitFor(1, TimeUnit.MINUTES)).isTrue();

    assertThat(java.exitValue()).as(output).isZero();
    assertThat(output).as("what %s printed", tryItOut)
        .contains("submitted order-1", "'orders.submit'", "cx.customer.kind=external", "cx.customer.segment=shopper",
            "cx.promises=[fast]")
        .doesNotContain("ERROR");
  }
}
