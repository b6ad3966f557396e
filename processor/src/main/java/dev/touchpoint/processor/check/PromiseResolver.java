package dev.touchpoint.processor.check;

import dev.touchpoint.processor.Messages;
import dev.touchpoint.processor.Reporter;
import dev.touchpoint.processor.model.PromiseModel;
import dev.touchpoint.declaration.DeclaredPromise;
import dev.touchpoint.declaration.LatencyBound;
import dev.touchpoint.declaration.Objective;
import dev.touchpoint.declaration.PromiseLevels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * Checks the {@code @BrandPromise} declarations on a touchpoint's method, enclosing types and
 * package, and merges them with {@link PromiseLevels}, the rule the agent uses too. At a method, a
 * name without a bound that is defined nowhere is an error: it is most likely a typo.
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
    List<Element> levels = new ArrayList<>();
    levels.add(method);
    for (Element enclosing = method.getEnclosingElement();
        enclosing instanceof TypeElement;
        enclosing = enclosing.getEnclosingElement()) {
      levels.add(enclosing);
    }
    levels.add(elements.getPackageOf(method));

    // Declarations with a bad bound were reported where they stand and take no part in the merge.
    List<List<DeclaredPromise>> valid = levels.stream()
        .map(level -> declarationsOn(level).stream()
            .filter(Declaration::valid)
            .map(Declaration::declared)
            .toList())
        .toList();
    PromiseLevels.Merged merged = PromiseLevels.merge(valid);

    boolean resolved = !reporter.hasErrorOn(method);
    for (String undefined : merged.undefinedOnMethod()) {
      if (definedButInvalid(levels, undefined)) {
        continue; // the bad definition already has its error
      }
      AnnotationMirror where = declarationsOn(method).stream()
          .filter(declaration -> declaration.declared().name().equals(undefined))
          .findFirst().orElseThrow().mirror();
      reporter.error(Messages.unknownPromise(undefined, Describe.method(method)), method, where);
      resolved = false;
    }
    if (!resolved) {
      return Optional.empty();
    }
    return Optional.of(merged.inForce().stream()
        .map(promise -> new PromiseModel(promise.name(), promise.within(), promise.tolerates(), promise.objective()))
        .toList());
  }

  private boolean definedButInvalid(List<Element> levels, String name) {
    return levels.stream().skip(1).flatMap(level -> declarationsOn(level).stream())
        .anyMatch(declaration -> !declaration.valid() && declaration.declared().name().equals(name));
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
      String objective = mirrors.string(mirror, "objective");
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
      if (!objective.isEmpty() && !Objective.isValid(objective)) {
        AnnotationValue value = Mirrors.explicitValue(mirror, "objective");
        reporter.error(Messages.badObjective(name, objective), element, mirror, value);
        valid = false;
      }
      declarations.add(new Declaration(new DeclaredPromise(name, within.isEmpty() ? null : within.strip(),
          tolerated(mirror), objective.isEmpty() ? null : objective.strip()), mirror, valid));
    }
    return declarations;
  }

  /** The binary names of the exceptions {@code promise} tolerates, as the runtime loads them. */
  private List<String> tolerated(AnnotationMirror promise) {
    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> classes =
        (List<? extends AnnotationValue>) mirrors.value(promise, "tolerates").getValue();
    List<String> names = new ArrayList<>();
    for (AnnotationValue value : classes) {
      if (value.getValue() instanceof DeclaredType type) {
        names.add(elements.getBinaryName((TypeElement) type.asElement()).toString());
      }
    }
    return names;
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

  private record Declaration(DeclaredPromise declared, AnnotationMirror mirror, boolean valid) {}
}
