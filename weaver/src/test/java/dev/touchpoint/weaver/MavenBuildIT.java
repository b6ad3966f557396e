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

  @TempDir static Path work;
  static ThisBuildsArtifacts artifacts;

  @BeforeAll
  static void installThisBuildsArtifacts() throws IOException {
    artifacts = ThisBuildsArtifacts.install(work);
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

  /**
   * Class files the build did not compile, as a resource folder or an earlier tool can leave them
   * in {@code target/classes}: what Touchpoint cannot weave is a warning naming it and saying what
   * to do, and the build goes on; a file Byte Buddy cannot read at all stops the build with Byte
   * Buddy's own message.
   */
  @Test
  void aBuildThatForgotTheProcessorIsToldSoOnce() throws Exception {
    Path project = project("no-processor");
    Path pom = project.resolve("pom.xml");
    String withProcessor = Files.readString(pom);
    String withoutProcessor = withProcessor.replaceAll("(?s)\\s*<annotationProcessorPaths>.*</annotationProcessorPaths>", "")
        .replace("<compilerArgs><arg>-Atouchpoint.weave=true</arg></compilerArgs>", "<proc>none</proc>");
    assertThat(withoutProcessor).as("the processor taken out of the build").doesNotContain("touchpoint-processor");
    Files.writeString(pom, withoutProcessor);

    String output = build(project, false);

    assertThat(output.lines().filter(line -> line.contains("the Touchpoint processor did not run"))).singleElement()
        .asString().startsWith("[WARNING] Touchpoint wove 2 classes in ")
        .endsWith(", but the Touchpoint processor did not run for them: their annotations were not checked and no"
            + " experience map was written. Add dev.touchpoint:touchpoint-processor to maven-compiler-plugin's"
            + " annotationProcessorPaths, with -Atouchpoint.weave=true (README, quick start)");
    assertThat(woven(project.resolve("target/classes/shop/Checkout.class"))).as("still woven").isTrue();
  }

  @Test
  void whatCannotBeWovenIsOneWarningAndAnUnreadableClassFileFailsTheBuild() throws Exception {
    Path project = project("cannot-weave");
    Path resources = Files.createDirectories(project.resolve("src/main/resources"));
    dev.touchpoint.agent.it.HugeClass.writeInto(resources);
    byte[] old = Files.readAllBytes(JavaSixClass.writeInto(resources));

    String output = build(project, false);

    assertThat(output.lines().filter(line -> line.contains("Touchpoint did not weave"))).containsExactly(
        "[WARNING] Touchpoint did not weave huge.Huge.big()V: its code would exceed the JVM's limit of 65535 bytes"
            + " with the touchpoint woven in (split it into smaller methods to instrument it); it runs uninstrumented,"
            + " and the rest of huge.Huge is woven",
        "[WARNING] Touchpoint did not weave legacy.Old: it is compiled for Java 6, older than the Java 7 that woven"
            + " code needs; it runs uninstrumented (compile it for Java 7 or later)");
    Path classes = project.resolve("target/classes");
    assertThat(woven(classes.resolve("huge/Huge.class"))).as("the rest of Huge is woven").isTrue();
    assertThat(Files.readAllBytes(classes.resolve("legacy/Old.class"))).as("Old as it was").isEqualTo(old);
    assertThat(woven(classes.resolve("shop/Checkout.class"))).as("Checkout is woven").isTrue();

    Files.write(Files.createDirectories(resources.resolve("shop")).resolve("Broken.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1, 2});
    Process maven = artifacts.start(project, false, "package");
    String failed = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(maven.waitFor(10, TimeUnit.MINUTES)).isTrue();

    assertThat(maven.exitValue()).as("mvn package with a broken class file%n%s", failed).isNotZero();
    // Byte Buddy reads every class file before any plugin sees it, and its message does not name the file.
    assertThat(failed).contains("Failed to transform class files in ", "cannot-weave/target/classes:",
        "Supplied byte array is too short to be a class file with 5 byte");
    assertThat(classes.resolve("shop/Broken.class")).as("left as it was").hasBinaryContent(
        new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1, 2});
  }

  private static Path project() throws Exception {
    return project("project");
  }

  private static Path project(String folder) throws Exception {
    Path project = Files.createDirectories(work.resolve(folder));
    String pom = resource("maven-build/pom.xml")
        .replace("@touchpoint.version@", ThisBuildsArtifacts.VERSION)
        .replace("@plugin.management@", ThisBuildsArtifacts.samePluginsAsThisBuild())
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
    build(project, true);
  }

  /** Runs {@code mvn package}, which must succeed; returns what it printed (errors only when quiet). */
  private static String build(Path project, boolean quiet) throws Exception {
    return artifacts.run(project, quiet, "package");
  }

  private static boolean woven(Path classFile) throws IOException {
    return ClassModel.read(Files.readAllBytes(classFile)).isWoven();
  }

  private static String resource(String name) throws Exception {
    return Files.readString(Path.of(MavenBuildIT.class.getClassLoader().getResource(name).toURI()));
  }
}
