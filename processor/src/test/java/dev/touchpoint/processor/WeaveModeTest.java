package dev.touchpoint.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * With -Atouchpoint.weave=true the build weaves its classes in place: the processor checks every
 * annotation and writes the experience map and index as always, generates no source at all (so
 * javac compiles nothing more for Touchpoint), and private, static and final touchpoints are fine.
 */
class WeaveModeTest {

  static final List<String> WEAVE = List.of("-Atouchpoint.weave=true");
  static final String[] UNREACHABLE_FOR_SUBCLASSES = {"bad/reach/Unreachable.java", "bad/reach/FinalClass.java",
      "bad/reach/Singleton.java", "bad/reach/Outer.java", "bad/reach/Kinds.java"};

  @Test
  void touchpointsGeneratedCodeCannotReachAreFineAndNothingIsGenerated() throws Exception {
    Compilation compilation = Compilations.compileWith(WEAVE, UNREACHABLE_FOR_SUBCLASSES);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.notes()).isEmpty();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
    String map = ReachabilityCheckTest.experienceMap(compilation);
    assertThat(map).contains("\"name\" : \"reach.private\"");
    assertThat(map).contains("\"instrumentation\" : \"woven\"");
    assertThat(map).doesNotContain("\"instrumentation\" : \"generated\"");
    assertThat(compilation.generatedFiles().stream().map(JavaFileObject::getName).toList())
        .contains("/CLASS_OUTPUT/META-INF/touchpoint/experience-index");
  }

  @Test
  void theChecksStillHold() {
    Compilation compilation = Compilations.compileWith(WEAVE, "bad/reach/AbstractStep.java");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("abstract").inFile(JavaFileObjects.forResource("bad/reach/AbstractStep.java"));
  }

  @Test
  void theShopCompilesWovenWithNoGeneratedSubclassOrDecorator() {
    Compilation compilation = Compilations.compileWith(WEAVE, Compilations.shop());

    assertThat(compilation).succeeded();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
  }
}
