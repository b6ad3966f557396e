package dev.touchpoint.processor.check;

import dev.touchpoint.processor.Messages;
import dev.touchpoint.processor.Reporter;
import dev.touchpoint.processor.model.TouchpointModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * One touchpoint name, one experience: the same name may be declared more than once (an
 * interface and its implementation, overloads) only with the same customer, journey and owner.
 * Dashboards key on the name, so two experiences under one name would silently mix.
 */
public final class NameClashes {

  private final Reporter reporter;
  private final Map<String, Declared> firstByName = new HashMap<>();
  private final Set<Element> reported = new HashSet<>();

  public NameClashes(Reporter reporter) {
    this.reporter = reporter;
  }

  public void check(TouchpointModel touchpoint, Element element, AnnotationMirror annotation) {
    Declared first = firstByName.putIfAbsent(touchpoint.name(), new Declared(touchpoint, element, annotation));
    if (first == null || first.touchpoint().sameExperienceAs(touchpoint)) {
      return;
    }
    reporter.error(
        Messages.nameClash(touchpoint.name(), touchpoint.describeExperience(),
            first.touchpoint().signature().readable(), first.touchpoint().describeExperience()),
        element, annotation);
    if (reported.add(first.element())) {
      reporter.error(
          Messages.nameClash(touchpoint.name(), first.touchpoint().describeExperience(),
              touchpoint.signature().readable(), touchpoint.describeExperience()),
          first.element(), first.annotation());
    }
  }

  private record Declared(TouchpointModel touchpoint, Element element, AnnotationMirror annotation) {}
}
