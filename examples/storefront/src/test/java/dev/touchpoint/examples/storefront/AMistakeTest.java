package dev.touchpoint.examples.storefront;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.touchpoint.processor.TouchpointProcessor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The examples README invites developers to make a mistake and see what happens. This makes the
 * same mistake in the storefront's real sources, compiles them with the real processor, and checks
 * the error the README shows.
 */
class AMistakeTest {

  static final Path SOURCES = Path.of("src/main/java/dev/touchpoint/examples/storefront");

  @Test
  void theStorefrontCompilesCleanly() throws IOException {
    assertThat(compile(sources())).succeededWithoutWarnings();
  }

  @Test
  void aMistypedPromiseIsACompileErrorOnItsLineSayingHowToFixIt() throws IOException {
    String correct = Files.readString(SOURCES.resolve("Checkout.java"));
    String mistaken = correct.replace("  Receipt placeOrder(Order order) {",
        "  @BrandPromise(\"fats\")\n  Receipt placeOrder(Order order) {")
        .replace("import dev.touchpoint.CustomerKind;", "import dev.touchpoint.BrandPromise;\nimport dev.touchpoint.CustomerKind;");
    JavaFileObject checkout = JavaFileObjects.forSourceString("dev.touchpoint.examples.storefront.Checkout", mistaken);
    List<JavaFileObject> sources = Stream.concat(
        sources().stream().filter(source -> !source.getName().endsWith("/Checkout.java")), Stream.of(checkout)).toList();

    Compilation compilation = compile(sources);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("@BrandPromise(\"fats\") on Checkout.placeOrder(dev.touchpoint.examples.storefront.Order) names no bound, and no promise \"fats\""
            + " is defined on its class or package: give it a bound here (within = \"300ms\"), or define it once"
            + " with @BrandPromise on the class or in package-info.java")
        .inFile(checkout)
        .onLineContaining("@BrandPromise(\"fats\")");
  }

  private static Compilation compile(List<JavaFileObject> sources) {
    return Compiler.javac()
        .withProcessors(new TouchpointProcessor())
        .withOptions("-Atouchpoint.weave=true") // as the storefront's build compiles it
        .withClasspath(dependencies())
        .compile(sources);
  }

  /** The test class path without this module's own classes: the sources are compiled anew. */
  private static List<File> dependencies() {
    Path ownClasses = Path.of("target/classes").toAbsolutePath();
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(File::new)
        .filter(entry -> !entry.toPath().toAbsolutePath().equals(ownClasses))
        .toList();
  }

  private static List<JavaFileObject> sources() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().map(AMistakeTest::source).toList();
    }
  }

  private static JavaFileObject source(Path file) {
    try {
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (IOException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }
}
