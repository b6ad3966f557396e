package dev.touchpoint.spring.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Every Java, XML and YAML snippet of README.md and docs/, as a reader copies it: Java compiled
 * against the real API (statements inside a method, members inside a class, whole files as they
 * are, with the few names a snippet takes from its surroundings declared in {@link Surroundings}),
 * XML and YAML parsed. A snippet that stops compiling fails here, named by file and number.
 */
class DocumentationSnippetsTest {


  static final String IMPORTS = """
      import dev.touchpoint.*;
      import dev.touchpoint.testkit.*;
      import static dev.touchpoint.CustomerKind.*;
      import static dev.touchpoint.testkit.TouchpointAssertions.assertThat;
      import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
      import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
      import io.opentelemetry.context.propagation.ContextPropagators;
      import io.opentelemetry.context.propagation.TextMapPropagator;
      import io.opentelemetry.exporter.prometheus.PrometheusHttpServer;
      import io.opentelemetry.sdk.OpenTelemetrySdk;
      import io.opentelemetry.sdk.metrics.SdkMeterProvider;
      import org.junit.jupiter.api.Test;
      import org.junit.jupiter.api.extension.RegisterExtension;
      import org.springframework.context.annotation.Bean;
      """;

  private static final Pattern FENCE = Pattern.compile("(?m)^( *)```(java|xml|yaml)\\n(.*?)^\\1```", Pattern.DOTALL);
  private static final Pattern TYPE = Pattern.compile("(?m)^(public |final |abstract )*(class|interface|record|enum) ");

  @TempDir Path work;

  record Snippet(String document, int number, String language, String code) {
    @Override
    public String toString() {
      return document + " " + language + " #" + number;
    }
  }

  @TestFactory
  Stream<DynamicTest> everySnippetCompilesOrParses() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Snippet snippet : snippets()) {
      tests.add(DynamicTest.dynamicTest(snippet.toString(), () -> check(snippet)));
    }
    assertThat(tests).as("snippets found").hasSizeGreaterThan(15);
    return tests.stream();
  }

  private void check(Snippet snippet) throws Exception {
    switch (snippet.language()) {
      case "java" -> compile(snippet);
      case "xml" -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new InputSource(new StringReader("<snippet>" + snippet.code() + "</snippet>")));
      case "yaml" -> new Yaml().load(snippet.code());
      default -> throw new IllegalArgumentException(snippet.language());
    }
  }

  /** The README and every page of docs/; examples/README.md shows a deliberate compile error, so not it. */
  static List<String> documents(Path root) throws IOException {
    List<String> documents = new ArrayList<>(List.of("README.md"));
    try (Stream<Path> pages = Files.list(root.resolve("docs"))) {
      pages.map(page -> "docs/" + page.getFileName()).filter(name -> name.endsWith(".md")).sorted()
          .forEach(documents::add);
    }
    return documents;
  }

  static List<Snippet> snippets() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Snippet> snippets = new ArrayList<>();
    for (String document : documents(root)) {
      Matcher fence = FENCE.matcher(Files.readString(root.resolve(document)));
      int number = 0;
      while (fence.find()) {
        String indent = fence.group(1);
        String code = String.join("\n", fence.group(3).lines()
            .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line).toList());
        snippets.add(new Snippet(document, ++number, fence.group(2), code));
      }
    }
    return snippets;
  }

  /** Compiles a Java snippet in the context its reader would put it in. */
  private void compile(Snippet snippet) throws IOException {
    Path sources = Files.createDirectories(work.resolve("src"));
    // What a snippet leaves out of a method's body, the reader writes themselves.
    String code = snippet.code().replace("{ ... }", "{ throw new UnsupportedOperationException(); }");
    List<Path> files = new ArrayList<>(List.of(Files.writeString(sources.resolve("Surroundings.java"),
        Surroundings.SOURCE.replace("//IMPORTS", IMPORTS))));
    int packageLine = code.indexOf("\npackage ");
    if (packageLine >= 0 || code.startsWith("package ")) {
      // Annotations on a package, then the class: a package-info.java and a class of that package.
      int end = code.indexOf(';', Math.max(packageLine, 0)) + 1;
      String packageDeclaration = code.substring(0, end);
      String packageName = packageDeclaration.substring(packageDeclaration.indexOf("package ") + 8, end - 1).strip();
      Path folder = Files.createDirectories(sources.resolve(packageName.replace('.', '/')));
      files.add(Files.writeString(folder.resolve("package-info.java"), packageDeclaration + "\n" + IMPORTS
          + "import dev.touchpoint.spring.docs.Surroundings.*;\n"));
      files.add(Files.writeString(folder.resolve(typeName(code) + ".java"), "package " + packageName + ";\n"
          + IMPORTS + "import dev.touchpoint.spring.docs.Surroundings.*;\n" + code.substring(end)));
    } else if (TYPE.matcher(code).find()) {
      files.add(Files.writeString(sources.resolve(typeName(code) + ".java"), "package dev.touchpoint.spring.docs;\n"
          + IMPORTS + "import dev.touchpoint.spring.docs.Surroundings.*;\n" + code));
    } else {
      // Members (annotated ones, or the static constants a snippet starts with), then statements.
      String members = code.strip().startsWith("@") ? code : "";
      String statements = members.isEmpty() ? code.strip() : "";
      while (statements.startsWith("static ")) {
        int end = (statements + "\n").indexOf(";\n") + 1;
        members += statements.substring(0, end) + "\n";
        statements = statements.substring(end).strip();
      }
      files.add(Files.writeString(sources.resolve("Snippet.java"), "package dev.touchpoint.spring.docs;\n" + IMPORTS
          + "class Snippet extends Surroundings {\n" + members + "\nvoid snippet() throws Exception {\n" + statements
          + "\n}\n}\n"));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<String> options = List.of("-proc:none", "-d", Files.createDirectories(work.resolve("classes")).toString(),
        "-classpath", System.getProperty("java.class.path"));
    boolean compiled = javac.getTask(diagnostics, null, null, options, null,
        javac.getStandardFileManager(null, null, null).getJavaFileObjectsFromPaths(files)).call();
    assertThat(compiled).as("%s compiles:%n%s%n%s", snippet, code, diagnostics).isTrue();
  }

  private static String typeName(String code) {
    Matcher type = Pattern.compile("(?m)^(?:public |final |abstract )*(?:class|interface|record|enum) (\\w+)")
        .matcher(code);
    assertThat(type.find()).as("a type in %s", code).isTrue();
    return type.group(1);
  }
}
