package dev.touchpoint.weaver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The shop in {@code src/test/resources/woven/shop}: compiled as javac leaves it, and run by its
 * {@code shop.Main} in a JVM of its own, which prints every span as a comparable line.
 */
final class WovenShop {

  /** Each span's name and parent, in the order they end, whoever instrumented the shop. */
  static final List<String> SPAN_TREE = List.of(
      "SPAN checkout.quote parent=checkout.place-order",
      "SPAN fraud-check parent=checkout.place-order",
      "SPAN checkout.place-order parent=-",
      "SPAN checkout.resubmit parent=checkout.place-order",
      "SPAN checkout.place-order parent=-",
      "SPAN checkout.confirm parent=-",
      "SPAN receipts.print parent=-");

  private WovenShop() {}

  /** Compiles {@code sources} (names in the shop's folder), without the processor, against the test's class path. */
  static Path compile(Path classes, List<Path> classpath, List<String> sources) throws Exception {
    Files.createDirectories(classes);
    Path folder = Path.of(WovenShop.class.getClassLoader().getResource("woven/shop").toURI());
    List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none", "-d", classes.toString(),
        "-classpath", classpath(classpath)));
    sources.forEach(source -> arguments.add(folder.resolve(source).toString()));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).as("javac " + sources).isZero();
    return classes;
  }

  /** Every source of the shop. */
  static List<String> sources() throws Exception {
    try (Stream<Path> files = Files.list(Path.of(WovenShop.class.getClassLoader().getResource("woven/shop").toURI()))) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".java")).sorted().toList();
    }
  }

  /** Runs shop.Main from {@code classes}, with the shipped agent or without, and returns what it printed. */
  static String run(List<Path> classes, boolean withAgent) throws Exception {
    Path agent = Path.of(System.getProperty("touchpoint.agent.jar")).toAbsolutePath().normalize();
    assertThat(agent).as("the agent jar, built by the agent module before this one").isRegularFile();
    return run(classes, withAgent ? agent : null);
  }

  /** Runs shop.Main from {@code classes}, under the agent jar {@code agent} (none when null). */
  static String run(List<Path> classes, Path agent) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    if (agent != null) {
      command.addAll(List.of("-javaagent:" + agent, "-Dtouchpoint.agent.debug=true"));
    }
    command.addAll(List.of("-cp", classpath(classes), "shop.Main"));
    Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(java.waitFor()).as(output).isZero();
    assertThat(output).as("the asynchronous touchpoint returned before the payment completed")
        .contains("confirm returned, done: false", "confirmed after payment p-9");
    return output;
  }

  static List<String> spanLines(String output) {
    return output.lines().filter(line -> line.startsWith("SPAN ")).toList();
  }

  /** The span lines without their attributes: names and parents only. */
  static List<String> tree(List<String> spanLines) {
    return spanLines.stream().map(line -> line.substring(0, line.indexOf(" {"))).toList();
  }

  /** {@code first} ahead of the test's own class path. */
  private static String classpath(List<Path> first) {
    return Stream.concat(first.stream().map(Path::toString), Stream.of(System.getProperty("java.class.path")))
        .collect(Collectors.joining(File.pathSeparator));
  }
}
