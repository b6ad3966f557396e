package dev.touchpoint.testkit;

import dev.touchpoint.declaration.Declaration;
import dev.touchpoint.declaration.ExperienceIndex;
import dev.touchpoint.declaration.GeneratedForms;
import dev.touchpoint.declaration.TouchpointDeclaration;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Explains a touchpoint a test expected but that recorded nothing, from what the build left on the
 * class path: no experience map at all (the processor did not run), a map that does not declare
 * the name, or a declaring class that is neither woven nor called through its generated form. The
 * most common first-hour mistake is a build that compiles the annotations and instruments nothing.
 */
final class WhyNotRecorded {

  private WhyNotRecorded() {}

  /** One or two sentences, beginning with a space, to end a failure message with; "" when nothing is known. */
  static String explain(String touchpoint) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    List<Declaration> declared = new ArrayList<>();
    try {
      for (URL index : Collections.list(loader.getResources(ExperienceIndex.LOCATION))) {
        declared.addAll(ExperienceIndex.read(index));
      }
    } catch (IOException | RuntimeException unreadable) {
      return "";
    }
    if (declared.isEmpty()) {
      return ". No experience map is on the class path: if " + touchpoint + " is declared with @Touchpoint, the"
          + " Touchpoint processor did not run in this build; add dev.touchpoint:touchpoint-processor to the"
          + " maven-compiler-plugin's annotationProcessorPaths (the README's quick start)";
    }
    TouchpointDeclaration declaration = declared.stream()
        .filter(TouchpointDeclaration.class::isInstance).map(TouchpointDeclaration.class::cast)
        .filter(candidate -> candidate.name().equals(touchpoint)).findFirst().orElse(null);
    if (declaration == null) {
      return ". No experience map on the class path declares a touchpoint named " + touchpoint;
    }
    return ". " + declaration.className() + "." + declaration.methodName() + " declares it, and "
        + instrumentation(declaration.className(), loader);
  }

  private static String instrumentation(String className, ClassLoader loader) {
    Class<?> type;
    try {
      type = Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError unloadable) {
      return "that class cannot be loaded here";
    }
    if (GeneratedForms.isWoven(type)) {
      return "it is woven: did the test call it?";
    }
    Class<?> generated = GeneratedForms.of(type, loader);
    if (generated != null) {
      return "it is not woven, so only its generated form records: call it on a " + generated.getName()
          + ", not on a plain " + className + " (or weave it with touchpoint-weaver, docs/build.md)";
    }
    return "it is neither woven nor generated: add touchpoint-weaver to the build (the README's quick start)";
  }
}
