package dev.touchpoint.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A touchpoint generated code cannot reach is an error that says the agent can instrument it;
 * with -Atouchpoint.agent=true it is a note and the method is left to the agent.
 */
class ReachabilityCheckTest {

  static final List<String> AGENT = List.of("-Atouchpoint.agent=true");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Unreachable.hidden()   | bad/reach/Unreachable.java | private void hidden()      | private | Make it package-private, protected or public",
      "Unreachable.shared()   | bad/reach/Unreachable.java | public static void shared() | static | Make it an instance method",
      "Unreachable.fixed()    | bad/reach/Unreachable.java | public final void fixed()  | final | Remove final from it",
      "FinalClass.pay()       | bad/reach/FinalClass.java  | public void pay()          | in final class reach.FinalClass | Remove final from FinalClass",
      "Singleton.serve()      | bad/reach/Singleton.java   | public void serve()        | in class reach.Singleton, whose constructors are all private | Give Singleton a constructor that is not private",
      "Inner.inner()          | bad/reach/Outer.java       | public void inner()        | in inner class reach.Outer.Inner | Make Inner static",
      "Hidden.hiddenType()    | bad/reach/Outer.java       | public void hiddenType()   | in private type reach.Outer.Hidden | Make that type package-private or wider",
      "Plan.choose()          | bad/reach/Kinds.java       | public void choose()       | in enum reach.Kinds.Plan, which cannot be subclassed | Move it into a class or interface",
      "Receipt.print()        | bad/reach/Kinds.java       | public void print()        | in record reach.Kinds.Receipt, which is final | Move it into a class or interface",
      "Channel.open()         | bad/reach/Kinds.java       | void open();               | in sealed type reach.Kinds.Channel | Declare it on a type that is not sealed",
  })
  void unreachableTouchpointsAreErrorsThatPointToTheAgent(
      String method, String file, String line, String reason, String fix) {
    Compilation compilation = Compilations.compile(file);

    assertThat(compilation)
        .hadErrorContaining("generated code cannot instrument " + method + ": it is " + reason + ". " + fix
            + ", or let the Touchpoint agent instrument it and tell the processor so with -Atouchpoint.agent=true")
        .inFile(JavaFileObjects.forResource(file))
        .onLineContaining(line);
  }

  @Test
  void withTheAgentOptionTheyAreNotesAndReachableOnesAreStillGenerated() throws Exception {
    Compilation compilation = Compilations.compileWith(AGENT,
        "bad/reach/Unreachable.java", "bad/reach/FinalClass.java", "bad/reach/Singleton.java",
        "bad/reach/Outer.java", "bad/reach/Kinds.java");

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadNoteContaining("Unreachable.hidden() is left to the Touchpoint agent (-Atouchpoint.agent=true): generated"
            + " code cannot instrument it because it is private")
        .inFile(JavaFileObjects.forResource("bad/reach/Unreachable.java"))
        .onLineContaining("private void hidden()");
    assertThat(compilation)
        .hadNoteContaining("FinalClass.pay() is left to the Touchpoint agent (-Atouchpoint.agent=true): generated code"
            + " cannot instrument it because it is in final class reach.FinalClass");
    String generated = compilation.generatedSourceFile("reach.UnreachableTouchpoints").orElseThrow()
        .getCharContent(true).toString();
    assertThat(generated).contains("public void fine()").doesNotContain("hidden", "shared", "fixed");
    assertThat(compilation.generatedSourceFile("reach.FinalClassTouchpoints")).isEmpty();

    String map = experienceMap(compilation);
    assertThat(map).contains("\"name\" : \"reach.private\"", "\"instrumentation\" : \"agent\"");
  }

  @Test
  void anAbstractMethodInAClassIsAnErrorEvenForTheAgent() {
    Compilation compilation = Compilations.compileWith(AGENT, "bad/reach/AbstractStep.java");

    assertThat(compilation)
        .hadErrorContaining("@Touchpoint on abstract method AbstractStep.run(): it has no code to instrument; "
            + "annotate the method that implements it instead")
        .inFile(JavaFileObjects.forResource("bad/reach/AbstractStep.java"))
        .onLineContaining("public abstract void run()");
  }

  static String experienceMap(Compilation compilation) throws Exception {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.toUri().toString().endsWith("META-INF/touchpoint/experience-map.json")) {
        return file.getCharContent(true).toString();
      }
    }
    throw new AssertionError("no experience map was written");
  }
}
