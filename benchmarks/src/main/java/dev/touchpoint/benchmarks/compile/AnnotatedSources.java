package dev.touchpoint.benchmarks.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a source set of {@code classes} classes with {@code methodsPerClass} {@code @Touchpoint}
 * methods each, shaped like application code: promises on the package and some classes, every
 * customer kind, journeys and owners, methods with a few parameters.
 */
final class AnnotatedSources {

  static final String PACKAGE = "bench.generated";
  private static final String[] KINDS = {"EXTERNAL", "INTERNAL", "PARTNER"};

  private AnnotatedSources() {}

  /** Writes the sources under {@code root}; returns the files. */
  static List<Path> write(Path root, int classes, int methodsPerClass) throws IOException {
    Path dir = root.resolve(PACKAGE.replace('.', '/'));
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    files.add(Files.writeString(dir.resolve("package-info.java"), """
        @BrandPromise(value = "fast", within = "300ms")
        @BrandPromise("right-first-time")
        package %s;

        import dev.touchpoint.BrandPromise;
        """.formatted(PACKAGE)));
    for (int c = 0; c < classes; c++) {
      files.add(Files.writeString(dir.resolve("Service" + c + ".java"), service(c, methodsPerClass)));
    }
    return files;
  }

  private static String service(int c, int methods) {
    StringBuilder source = new StringBuilder()
        .append("package ").append(PACKAGE).append(";\n\n")
        .append("import dev.touchpoint.BrandPromise;\n")
        .append("import dev.touchpoint.CustomerKind;\n")
        .append("import dev.touchpoint.Touchpoint;\n")
        .append("import java.util.List;\n\n");
    if (c % 4 == 0) {
      source.append("@BrandPromise(value = \"fast\", within = \"150ms\")\n");
    }
    source.append("public class Service").append(c).append(" {\n");
    for (int m = 0; m < methods; m++) {
      source.append("""

            @Touchpoint(value = "service%1$d.operation%2$d", serves = CustomerKind.%3$s,
                customer = "segment-%4$d", journey = "journey-%5$d", owner = "team-%6$d")
            public List<String> operation%2$d(String reference, int quantity, long cents) {
              return List.of(reference, Integer.toString(quantity * %2$d), Long.toString(cents + %1$d));
            }
          """.formatted(c, m, KINDS[(c + m) % KINDS.length], m % 5, c % 10, c % 7));
    }
    return source.append("}\n").toString();
  }
}
