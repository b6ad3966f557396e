package dev.touchpoint.weaver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's README, read the way a newcomer reads it: a section, then its blocks in order. */
final class Readme {

  private Readme() {}

  /** From the heading {@code heading} to the end of the README. */
  static String section(String heading) throws IOException {
    String readme = Files.readString(Path.of(System.getProperty("touchpoint.root"), "README.md"));
    int start = readme.indexOf("## " + heading);
    assertThat(start).as("the README's section '%s'", heading).isNotNegative();
    return readme.substring(start);
  }

  /** The first fenced block that opens with {@code fence}, without its fences. */
  static String block(String markdown, String fence) {
    int start = markdown.indexOf(fence);
    assertThat(start).as("a %s block", fence).isNotNegative();
    int from = markdown.indexOf('\n', start) + 1;
    int end = markdown.indexOf("```", from);
    return markdown.substring(from, markdown.lastIndexOf('\n', end) + 1);
  }

  /** The first line of {@code markdown} that starts with {@code start}. */
  static String line(String markdown, String start) {
    return markdown.lines().filter(line -> line.startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("the README has no line starting with '" + start + "'"));
  }

  /** Without the indentation a list item gives the block. */
  static String unindent(String block) {
    return String.join("\n", block.lines().map(line -> line.startsWith("   ") ? line.substring(3) : line).toList()) + "\n";
  }
}
