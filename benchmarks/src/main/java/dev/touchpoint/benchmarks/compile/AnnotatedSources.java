package dev.touchpoint.benchmarks.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a source set of {@code classes} classes with {@code methodsPerClass} {@code @Touchpoint}
 * methods each: promises on the package and some classes, every customer kind, journeys and
 * owners, methods with a few parameters. In the {@link Shape#APPLICATION application} shape each
 * touchpoint is an entry point calling ordinary code beside it, as in a real service; in the
 * {@link Shape#TOUCHPOINTS_ONLY worst case} a class holds nothing but trivial touchpoints, so the
 * generated code is as large as the code it instruments.
 */
final class AnnotatedSources {

  /** What the classes hold besides their touchpoints. */
  enum Shape {
    /** Each touchpoint calls four ordinary helper methods with bodies of a few lines. */
    APPLICATION,
    /** Nothing but touchpoints with one-line bodies. */
    TOUCHPOINTS_ONLY
  }

  static final String PACKAGE = "bench.generated";
  private static final String[] KINDS = {"EXTERNAL", "INTERNAL", "PARTNER"};

  private AnnotatedSources() {}

  /** Writes the sources under {@code root}; returns the files. */
  static List<Path> write(Path root, int classes, int methodsPerClass, Shape shape) throws IOException {
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
      files.add(Files.writeString(dir.resolve("Service" + c + ".java"), service(c, methodsPerClass, shape)));
    }
    return files;
  }

  private static String service(int c, int methods, Shape shape) {
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
      String body = shape == Shape.TOUCHPOINTS_ONLY
          ? "return List.of(reference, Integer.toString(quantity * %2$d), Long.toString(cents + %1$d));"
          : "return List.of(normalise%2$d(reference), price%2$d(quantity, cents), audit%2$d(reference, quantity), check%2$d(cents));";
      String touchpoint = """

            @Touchpoint(value = "service%1$d.operation%2$d", serves = CustomerKind.%3$s,
                customer = "segment-%4$d", journey = "journey-%5$d", owner = "team-%6$d")
            public List<String> operation%2$d(String reference, int quantity, long cents) {
              BODY
            }
          """.replace("BODY", body);
      source.append(touchpoint.formatted(c, m, KINDS[(c + m) % KINDS.length], m % 5, c % 10, c % 7));
      if (shape == Shape.APPLICATION) {
        source.append(helpers(c, m));
      }
    }
    return source.append("}\n").toString();
  }

  /** Ordinary code an entry point calls: a few lines each, of the usual kinds. */
  private static String helpers(int c, int m) {
    return """

          private String normalise%2$d(String reference) {
            StringBuilder normalised = new StringBuilder();
            for (char letter : reference.toCharArray()) {
              if (Character.isLetterOrDigit(letter)) {
                normalised.append(Character.toUpperCase(letter));
              }
            }
            return normalised.length() > 12 ? normalised.substring(0, 12) : normalised.toString();
          }

          private String price%2$d(int quantity, long cents) {
            long total = quantity * cents;
            if (quantity > 10) {
              total -= total / 20;
            }
            return String.format("%%d.%%02d", total / 100, total %% 100);
          }

          private String audit%2$d(String reference, int quantity) {
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            seen.merge(reference, quantity, Integer::sum);
            return seen.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .sorted().findFirst().orElse("none");
          }

          private String check%2$d(long cents) {
            if (cents < 0) {
              throw new IllegalArgumentException("negative amount in service%1$d: " + cents);
            }
            return cents > 100_000 ? "review" : "ok";
          }
        """.formatted(c, m);
  }
}
