package dev.touchpoint.agent.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.declaration.DeclaredPromise;
import java.util.List;
import org.junit.jupiter.api.Test;

class TouchpointsFileTest {

  @Test
  void readsEveryField() {
    TouchpointsFile file = TouchpointsFile.parse("touchpoints.yaml", """
        touchpoints:
          - class: com.vendor.OrderService
            method: submit
            parameters: [java.lang.String, int]
            name: orders.submit
            serves: External
            customer: shopper
            journey: checkout
            owner: orders-team
            promises:
              - name: fast
                within: 300ms
                objective: 99.5%
              - name: right-first-time
        """);

    assertThat(file.problems()).isEmpty();
    ConfiguredTouchpoint entry = file.entries().get(0);
    assertThat(entry.classPattern().exactName()).isEqualTo("com.vendor.OrderService");
    assertThat(entry.parameterTypes()).containsExactly("java.lang.String", "int");
    assertThat(entry.serves()).isEqualTo("EXTERNAL");
    assertThat(entry.promises()).containsExactly(
        new DeclaredPromise("fast", "300ms", List.of(), "99.5%"), new DeclaredPromise("right-first-time", null));
    assertThat(entry.origin()).isEqualTo("touchpoints.yaml:2");
    assertThat(entry.matches("com.vendor.OrderService", "submit", List.of("java.lang.String", "int"))).isTrue();
    assertThat(entry.matches("com.vendor.OrderService", "submit", List.of("java.lang.String"))).isFalse();
  }

  @Test
  void eachProblemNamesTheLineAndTheFixAndSkipsOnlyItsEntry() {
    TouchpointsFile file = TouchpointsFile.parse("tp.yaml", """
        touchpoints:
          - class: a.Good
            method: run
            serves: internal
          - class: a.NoServes
            method: run
          - class: a.BadPromise
            method: run
            serves: partner
            promises:
              - name: fast
                within: 5 minutes
          - method: run
            serves: external
          - class: a.Duplicate
            method: run
            serves: external
            promises:
              - name: fast
              - name: fast
          - class: a.BadObjective
            method: run
            serves: external
            promises:
              - name: fast
                within: 300ms
                objective: 0.995
        """);

    assertThat(file.entries()).extracting(entry -> entry.classPattern().toString()).containsExactly("a.Good");
    assertThat(file.problems()).containsExactly(
        "tp.yaml:5: the entry has no 'serves': who is the customer? external, internal or partner (entry skipped)",
        "tp.yaml:12: 'within: 5 minutes' is not a latency bound: write a whole number greater than zero"
            + " followed by ms, s, m or h, such as \"300ms\", \"2s\" or \"1m\" (entry skipped)",
        "tp.yaml:13: the entry has no 'class': name the class, e.g. class: com.vendor.OrderService (entry skipped)",
        "tp.yaml:20: promise 'fast' is given twice: give each promise once (entry skipped)",
        "tp.yaml:27: 'objective: 0.995' is not an objective: write a percentage above 0 and below 100, such as"
            + " \"99.5%\" or \"99.95%\" (100% leaves no error budget) (entry skipped)");
  }

  @Test
  void anEmptyFileDeclaresNothingWithoutComplaint() {
    assertThat(TouchpointsFile.parse("tp.yaml", "").problems()).isEmpty();
    assertThat(TouchpointsFile.parse("tp.yaml", "# nothing yet\n").entries()).isEmpty();
  }

  @Test
  void theWrongShapeIsOneProblemForTheFile() {
    assertThat(TouchpointsFile.parse("tp.yaml", "- just\n- a list\n").problems()).containsExactly(
        "tp.yaml:1: the file must be a mapping with a 'touchpoints' list; no touchpoints are declared from this file");
  }

  @Test
  void aFileNestedThousandsDeepIsOneProblemAndNoStackOverflow() {
    TouchpointsFile file = TouchpointsFile.parse("tp.yaml", "touchpoints: " + "[".repeat(2_000));

    assertThat(file.entries()).isEmpty();
    assertThat(file.problems()).containsExactly("tp.yaml:1: nested more than 32 levels deep (a touchpoints file is"
        + " a few levels deep); no touchpoints are declared from this file");
  }

  @Test
  void aFileNestedThousandsDeepButClosedIsRejectedByName() {
    String nested = "[".repeat(5_000) + "]".repeat(5_000);
    TouchpointsFile file = TouchpointsFile.parse("tp.yaml", "touchpoints: " + nested);

    assertThat(file.problems()).containsExactly("tp.yaml:1: nested more than 32 levels deep (a touchpoints file is"
        + " a few levels deep); no touchpoints are declared from this file");
  }

  @Test
  void anUnknownTopLevelKeyIsIgnoredAndTheRestIsRead() {
    TouchpointsFile file = TouchpointsFile.parse("tp.yaml", """
        touchpoint:
          - class: a.Typo
        touchpoints:
          - class: a.Good
            method: run
            serves: internal
        """);

    assertThat(file.entries()).extracting(entry -> entry.classPattern().toString()).containsExactly("a.Good");
    assertThat(file.problems()).containsExactly("tp.yaml:1: unknown key 'touchpoint': the file holds 'touchpoints',"
        + " 'recoveries' and 'controls' lists (ignored; the rest of the file is read)");
  }

  @Test
  void constructorsAndInitialisersCannotBeTouchpoints() {
    TouchpointsFile file = TouchpointsFile.parse("tp.yaml", """
        touchpoints:
          - class: a.Orders
            method: <init>
            serves: internal
        recoveries:
          - class: a.Orders
            method: <clinit>
        """);

    assertThat(file.entries()).isEmpty();
    assertThat(file.paths()).isEmpty();
    assertThat(file.problems()).containsExactly(
        "tp.yaml:2: '<init>' cannot be a touchpoint: constructors and initialisers are never instrumented;"
            + " name the method that does the work (entry skipped)",
        "tp.yaml:6: '<clinit>' cannot be a touchpoint: constructors and initialisers are never instrumented;"
            + " name the method that does the work (entry skipped)");
  }

  @Test
  void aFileFarLargerThanATouchpointsFileIsNotReadAtAll(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path huge = dir.resolve("huge.yaml");
    try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      sparse.setLength(TouchpointsFile.LARGEST_FILE + 1);
    }

    TouchpointsFile file = TouchpointsFile.read(huge);

    assertThat(file.entries()).isEmpty();
    assertThat(file.problems()).containsExactly(huge + ": 4194305 bytes, more than a touchpoints file can be"
        + " (at most 4 MB); no touchpoints are declared from it");
  }
}
