package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a fixture application (sources under {@code src/test/resources/fixtures/<name>}) with
 * the class path it declares, as a user's build would, with or without the Touchpoint processor.
 */
final class FixtureApps {

  private FixtureApps() {}

  /** Compiles the fixture directories {@code fixtures} together into {@code out/<name>-classes}. */
  static Path compile(String name, List<Path> classpath, boolean withProcessor, Path out, String... fixtures)
      throws IOException {
    return compile(name, classpath, withProcessor ? List.of() : null, out, fixtures);
  }

  /** As above; {@code processorOptions} null compiles without the processor, else with these -A options. */
  static Path compile(String name, List<Path> classpath, List<String> processorOptions, Path out, String... fixtures)
      throws IOException {
    boolean withProcessor = processorOptions != null;
    Path classes = Files.createDirectories(out.resolve(name + "-classes"));
    List<String> options = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
        "-classpath", join(classpath)));
    if (withProcessor) {
      options.addAll(List.of("-processorpath", join(TestClasspath.processorPath())));
      processorOptions.forEach(option -> options.add("-A" + option));
    } else {
      options.add("-proc:none");
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<Path> java = new ArrayList<>();
    for (String fixture : fixtures) {
      try (Stream<Path> walk = Files.walk(fixtureDirectory(fixture))) {
        walk.filter(path -> path.toString().endsWith(".java")).forEach(java::add);
      }
    }
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      boolean compiled = javac.getTask(diagnostics, files, null, options, null,
          files.getJavaFileObjectsFromPaths(java)).call();
      assertThat(compiled).as("fixture %s compiles:%n%s", name, diagnostics).isTrue();
    }
    return classes;
  }

  static Path fixtureDirectory(String fixture) {
    try {
      return Path.of(FixtureApps.class.getClassLoader().getResource("fixtures/" + fixture).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String join(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
  }
}
