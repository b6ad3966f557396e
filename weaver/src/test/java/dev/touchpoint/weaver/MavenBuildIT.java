package dev.touchpoint.weaver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.agent.matching.ClassModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Maven build of a small application with docs/build.md's plugin blocks, against the
 * artifacts this build just made (put in a local repository of the test's own; everything else
 * comes from the machine's Maven repository or Maven Central): its classes are woven in place and
 * make the spans the agent makes, no subclass is generated, a second build changes nothing, and a
 * changed annotation is picked up.
 */
class MavenBuildIT {

  static final String VERSION = System.getProperty("touchpoint.version");

  @TempDir static Path work;
  static Path repository;
  static Path settings;

  @BeforeAll
  static void installThisBuildsArtifacts() throws IOException {
    repository = Files.createDirectories(work.resolve("repository"));
    Path root = Path.of(System.getProperty("touchpoint.root"));
    install("touchpoint-parent", root.resolve("pom.xml"), null);
    for (String module : List.of("sdk-api", "processor", "agent", "weaver")) {
      String artifact = "touchpoint-" + module;
      install(artifact, root.resolve(module).resolve("pom.xml"),
          root.resolve(module).resolve("target").resolve(artifact + "-" + VERSION + ".jar"));
    }
    Path userRepository = Path.of(System.getProperty("user.home"), ".m2", "repository");
    settings = Files.writeString(work.resolve("settings.xml"), """
        <settings>
          <profiles>
            <profile>
              <id>this-machine</id>
              <repositories>
                <repository><id>this-machine</id><url>%1$s</url></repository>
              </repositories>
              <pluginRepositories>
                <pluginRepository><id>this-machine</id><url>%1$s</url></pluginRepository>
              </pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>this-machine</activeProfile></activeProfiles>
        </settings>
        """.formatted(userRepository.toUri()));
  }

  @Test
  void theApplicationIsWovenInPlaceAndRebuildsAreStable() throws Exception {
    Path project = project();

    build(project);

    Path classes = project.resolve("target/classes");
    assertThat(woven(classes.resolve("shop/Checkout.class"))).as("Checkout is woven").isTrue();
    assertThat(woven(classes.resolve("shop/Receipts.class"))).as("Receipts is woven").isTrue();
    assertThat(woven(classes.resolve("shop/Untouched.class"))).as("Untouched is left alone").isFalse();
    try (Stream<Path> files = Files.walk(classes)) {
      assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith("Touchpoints.class"));
    }
    assertThat(Files.readString(classes.resolve("META-INF/touchpoint/experience-map.json")))
        .contains("\"name\" : \"checkout.quote\"", "\"instrumentation\" : \"woven\"");
    Path main = WovenShop.compile(work.resolve("main"), List.of(classes), List.of("Main.java"));
    List<String> spans = WovenShop.spanLines(WovenShop.run(List.of(classes, main), false));
    assertThat(WovenShop.tree(spans)).as("spans of the classes Maven built").isEqualTo(WovenShop.SPAN_TREE);
    byte[] first = Files.readAllBytes(classes.resolve("shop/Checkout.class"));

    build(project);

    assertThat(Files.readAllBytes(classes.resolve("shop/Checkout.class"))).as("a second build").isEqualTo(first);

    Path source = project.resolve("src/main/java/shop/Checkout.java");
    Files.writeString(source, Files.readString(source).replace("\"checkout.quote\"", "\"checkout.price\""));
    build(project);

    assertThat(woven(classes.resolve("shop/Checkout.class"))).as("the changed Checkout is woven afresh").isTrue();
    assertThat(Files.readString(classes.resolve("META-INF/touchpoint/experience-map.json")))
        .contains("\"name\" : \"checkout.price\"").doesNotContain("checkout.quote");
  }

  private static Path project() throws Exception {
    Path project = Files.createDirectories(work.resolve("project"));
    String pom = resource("maven-build/pom.xml")
        .replace("@touchpoint.version@", VERSION)
        .replace("@compiler.plugin.version@", System.getProperty("compiler.plugin.version"))
        .replace("@bytebuddy.plugin.version@", System.getProperty("bytebuddy.plugin.version"));
    Files.writeString(project.resolve("pom.xml"), pom);
    Path sources = Files.createDirectories(project.resolve("src/main/java/shop"));
    for (String name : List.of("Checkout.java", "Receipts.java", "PaperReceipts.java", "Untouched.java")) {
      Files.writeString(sources.resolve(name), resource("woven/shop/" + name));
    }
    return project;
  }

  private static void build(Path project) throws Exception {
    Process maven;
    try {
      maven = new ProcessBuilder("mvn", "-B", "-q", "-s", settings.toString(),
          "-Dmaven.repo.local=" + repository, "package")
          .directory(project.toFile()).redirectErrorStream(true).start();
    } catch (IOException noMaven) {
      throw new AssertionError("this test runs a real Maven build and needs Maven (mvn) on the PATH", noMaven);
    }
    String output = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(maven.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(maven.exitValue()).as("mvn package%n%s", output).isZero();
  }

  private static boolean woven(Path classFile) throws IOException {
    return ClassModel.read(Files.readAllBytes(classFile)).isWoven();
  }

  private static void install(String artifact, Path pom, Path jar) throws IOException {
    Path directory = Files.createDirectories(repository.resolve("dev/touchpoint").resolve(artifact).resolve(VERSION));
    Files.copy(pom, directory.resolve(artifact + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
    if (jar != null) {
      assertThat(jar).as("built by this reactor before the integration tests").isRegularFile();
      Files.copy(jar, directory.resolve(artifact + "-" + VERSION + ".jar"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String resource(String name) throws Exception {
    return Files.readString(Path.of(MavenBuildIT.class.getClassLoader().getResource(name).toURI()));
  }
}
