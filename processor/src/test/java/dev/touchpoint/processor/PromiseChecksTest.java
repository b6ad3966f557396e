package dev.touchpoint.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.touchpoint.declaration.LatencyBound;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseChecksTest {

  @Test
  void aWithinThatIsNotADurationNamesTheAcceptedForms() {
    Compilation compilation = Compilations.compile("bad/promises/BadWithin.java");

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("@BrandPromise(\"fast\") has within = \"quick\", which is not a latency bound: write "
            + "a whole number greater than zero followed by ms, s, m or h, such as \"300ms\", "
            + "\"2s\" or \"1m\"")
        .inFile(JavaFileObjects.forResource("bad/promises/BadWithin.java"))
        .onLineContaining("within = \"quick\"");
    assertThat(compilation).hadErrorContaining(LatencyBound.ACCEPTED_FORMS);
  }

  @Test
  void anObjectiveThatIsNotAPercentageIsAnErrorAtTheAnnotation() {
    Compilation compilation = Compilations.compile("bad/promises/BadObjective.java");

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("@BrandPromise(\"fast\") has objective = \"100%\", which is not an objective: write a"
            + " percentage above 0 and below 100, such as \"99.5%\" or \"99.95%\" (100% leaves no error budget)")
        .inFile(JavaFileObjects.forResource("bad/promises/BadObjective.java"))
        .onLineContaining("objective = \"100%\"");
    assertThat(compilation)
        .hadErrorContaining("@BrandPromise(\"relevant\") has objective = \"0.995\", which is not an objective")
        .inFile(JavaFileObjects.forResource("bad/promises/BadObjective.java"))
        .onLineContaining("objective = \"0.995\"");
  }

  @Test
  void aBadDefaultObjectiveIsAnErrorNamingTheOption() {
    Compilation compilation = Compilations.compileWith(List.of("-Atouchpoint.objective=high"), "good/objectives/Catalog.java");

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("-Atouchpoint.objective=high is not an objective: write a percentage"
        + " above 0 and below 100, such as \"99.5%\" or \"99.95%\" (100% leaves no error budget). The experience"
        + " map gives no default objective");
  }

  @Test
  void aBadBoundOnAClassIsReportedOnceNotPerTouchpoint() {
    Compilation compilation = Compilations.compile("bad/promises/TypeLevelBadWithin.java");

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("@BrandPromise(\"responsive\") has within = \"2 s\", which is not a latency bound: "
            + "write a whole number greater than zero followed by ms, s, m or h, such as \"300ms\", "
            + "\"2s\" or \"1m\"")
        .inFile(JavaFileObjects.forResource("bad/promises/TypeLevelBadWithin.java"))
        .onLineContaining("@BrandPromise(value = \"responsive\"");
  }

  @Test
  void aPromiseWithNoBoundThatIsDefinedNowhereIsAnError() {
    Compilation compilation = Compilations.compile("bad/promises/UnknownPromise.java");

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("@BrandPromise(\"speedy\") on UnknownPromise.search() names no bound, and no promise "
            + "\"speedy\" is defined on its class or package: give it a bound here (within = "
            + "\"300ms\"), or define it once with @BrandPromise on the class or in package-info.java")
        .inFile(JavaFileObjects.forResource("bad/promises/UnknownPromise.java"))
        .onLineContaining("@BrandPromise(\"speedy\")");
  }

  @Test
  void aPromiseDeclaredTwiceOnOneElementIsAnError() {
    Compilation compilation = Compilations.compile("bad/promises/DuplicatePromise.java");

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("promise \"fast\" is declared twice on compare(): declare each promise once")
        .inFile(JavaFileObjects.forResource("bad/promises/DuplicatePromise.java"))
        // Repeated annotations live in a container javac synthesizes, which has no position of its
        // own, so javac places the error on the method.
        .onLineContaining("public void compare()");
  }

  @Test
  void blankNamesAreErrorsAtTheirAttribute() {
    Compilation compilation = Compilations.compile("bad/promises/BlankNames.java");
    var file = JavaFileObjects.forResource("bad/promises/BlankNames.java");

    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation)
        .hadErrorContaining("@Touchpoint(value = ...) is blank: give it a name such as \"checkout.place-order\", "
            + "or leave the attribute out")
        .inFile(file).onLineContaining("value = \"  \"");
    assertThat(compilation)
        .hadErrorContaining("@Touchpoint(customer = ...) is blank: give it a name such as \"shopper\" or "
            + "\"finance\", or leave the attribute out")
        .inFile(file).onLineContaining("customer = \" \"");
    assertThat(compilation)
        .hadErrorContaining("@BrandPromise on blankPromise() has a blank name: name what is promised, such as "
            + "\"fast\" or \"right-first-time\"")
        .inFile(file).onLineContaining("@BrandPromise(\" \")");
    assertThat(compilation)
        .hadErrorContaining("@Recovery(value = ...) is blank: give it a name such as \"payment.retry\", or leave "
            + "the attribute out")
        .inFile(file).onLineContaining("@Recovery(\"\")");
  }
}
