package dev.touchpoint.processor;

import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Puts each message on the element, annotation and value it is about, so the compiler's caret
 * lands where the fix goes, and remembers which elements had errors so nothing is generated for
 * them.
 */
public final class Reporter {

  private final Messager messager;
  private final Set<Element> failed = new HashSet<>();

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** An error about the build rather than any element, such as a bad processor option. */
  public void error(String message) {
    messager.printMessage(Kind.ERROR, message);
  }

  public void error(String message, Element element) {
    error(message, element, null, null);
  }

  public void error(String message, Element element, AnnotationMirror annotation) {
    error(message, element, annotation, null);
  }

  public void error(
      String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    failed.add(element);
    messager.printMessage(Kind.ERROR, message, element, annotation, value);
  }

  public void warning(String message, Element element) {
    messager.printMessage(Kind.WARNING, message, element);
  }

  public void note(String message, Element element) {
    messager.printMessage(Kind.NOTE, message, element);
  }

  /** Whether an error was reported on {@code element} itself. */
  public boolean hasErrorOn(Element element) {
    return failed.contains(element);
  }
}
