package dev.touchpoint.processor.check;

import dev.touchpoint.processor.Messages;
import dev.touchpoint.processor.Reporter;
import dev.touchpoint.processor.model.PromiseModel;
import dev.touchpoint.runtime.LatencyBound;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds the promises in force at a touchpoint. Promises are declared on the method, its enclosing
 * types and its package; the nearest declaration of a name wins. A declaration without a bound
 * takes the bound of the nearest declaration of that name further out, so a method may say
 * {@code @BrandPromise("fast")} and mean the class's "fast within 300ms". At a method, a name that
 * is defined nowhere is an error: it is most likely a typo.
 */
public final class PromiseResolver {

  private final Elements elements;
  private final Mirrors mirrors;
  private final Reporter reporter;
  /** Declarations per element, checked once so an error on a class is reported once. */
  private final Map<Element, List<Declaration>> checked = new HashMap<>();

  public PromiseResolver(Elements elements, Mirrors mirrors, Reporter reporter) {
    this.elements = elements;
    this.mirrors = mirrors;
    this.reporter = reporter;
  }

  /** The promises in force at {@code method}, nearest first; empty when an error was reported. */
  public Optional<List<PromiseModel>> resolve(ExecutableElement method) {
    List<List<Declaration>> levels = new ArrayList<>();
    levels.add(declarationsOn(method));
    for (Element enclosing = method.getEnclosingElement();
        enclosing instanceof TypeElement;
        enclosing = enclosing.getEnclosingElement()) {
      levels.add(declarationsOn(enclosing));
    }
    levels.add(declarationsOn(elements.getPackageOf(method)));

    Map<String, PromiseModel> inForce = new LinkedHashMap<>();
    boolean resolved = !reporter.hasErrorOn(method);
    for (int level = 0; level < levels.size(); level++) {
      for (Declaration declaration : levels.get(level)) {
        if (inForce.containsKey(declaration.name()) || !declaration.valid()) {
          continue;
        }
        String within = declaration.within() != null
            ? declaration.within()
            : boundFurtherOut(levels, level + 1, declaration.name());
        if (within == null && level == 0 && !definedFurtherOut(levels, declaration.name())) {
          reporter.error(
              Messages.unknownPromise(declaration.name(), Describe.method(method)),
              method,
              declaration.mirror());
          resolved = false;
          continue;
        }
        inForce.put(declaration.name(), new PromiseModel(declaration.name(), within));
      }
    }
    return resolved ? Optional.of(List.copyOf(inForce.values())) : Optional.empty();
  }

  private static String boundFurtherOut(List<List<Declaration>> levels, int from, String name) {
    for (int level = from; level < levels.size(); level++) {
      for (Declaration declaration : levels.get(level)) {
        if (declaration.name().equals(name) && declaration.within() != null && declaration.valid()) {
          return declaration.within();
        }
      }
    }
    return null;
  }

  private static boolean definedFurtherOut(List<List<Declaration>> levels, String name) {
    for (int level = 1; level < levels.size(); level++) {
      for (Declaration declaration : levels.get(level)) {
        if (declaration.name().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private List<Declaration> declarationsOn(Element element) {
    return checked.computeIfAbsent(element, this::readAndCheck);
  }

  private List<Declaration> readAndCheck(Element element) {
    List<Declaration> declarations = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (AnnotationMirror mirror : promiseMirrors(element)) {
      String name = mirrors.string(mirror, "value");
      String within = mirrors.string(mirror, "within");
      boolean valid = true;
      if (name.isBlank()) {
        reporter.error(Messages.blankPromiseName(element.toString()), element, mirror);
        continue;
      }
      if (!names.add(name)) {
        reporter.error(Messages.duplicatePromise(name, element.toString()), element, mirror);
        continue;
      }
      if (!within.isEmpty() && !LatencyBound.isValid(within)) {
        AnnotationValue value = Mirrors.explicitValue(mirror, "within");
        reporter.error(Messages.badWithin(name, within), element, mirror, value);
        valid = false;
      }
      declarations.add(new Declaration(name, within.isEmpty() ? null : within.strip(), mirror, valid));
    }
    return declarations;
  }

  /** Both forms javac may hold: single @BrandPromise, or several inside @BrandPromises. */
  private List<AnnotationMirror> promiseMirrors(Element element) {
    List<AnnotationMirror> found = new ArrayList<>();
    Mirrors.find(element, AnnotationNames.BRAND_PROMISE).ifPresent(found::add);
    Mirrors.find(element, AnnotationNames.BRAND_PROMISES).ifPresent(container -> {
      @SuppressWarnings("unchecked")
      List<? extends AnnotationValue> repeated =
          (List<? extends AnnotationValue>) mirrors.value(container, "value").getValue();
      for (AnnotationValue value : repeated) {
        found.add((AnnotationMirror) value.getValue());
      }
    });
    return found;
  }

  private record Declaration(String name, String within, AnnotationMirror mirror, boolean valid) {}
}
