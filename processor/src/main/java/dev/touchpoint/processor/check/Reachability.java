package dev.touchpoint.processor.check;

import dev.touchpoint.processor.Messages.Unreachable;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Whether generated code (a decorator for an interface, a subclass for a class, in the same
 * package) can instrument a method, and if not, why and what would let it.
 */
public final class Reachability {

  /** Why generated code cannot reach {@code method}; empty when it can. */
  public Optional<Unreachable> check(ExecutableElement method) {
    TypeElement type = (TypeElement) method.getEnclosingElement();
    Optional<Unreachable> typeProblem = checkType(type);
    if (typeProblem.isPresent()) {
      return typeProblem;
    }
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      return unreachable("private", "Make it package-private, protected or public");
    }
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return unreachable("static", "Make it an instance method");
    }
    if (method.getModifiers().contains(Modifier.FINAL)) {
      return unreachable("final", "Remove final from it");
    }
    return Optional.empty();
  }

  /** Whether {@code method} is abstract in a class: there is no code anywhere to instrument. */
  public static boolean isAbstractInClass(ExecutableElement method) {
    return method.getModifiers().contains(Modifier.ABSTRACT)
        && method.getEnclosingElement().getKind() != ElementKind.INTERFACE;
  }

  private Optional<Unreachable> checkType(TypeElement type) {
    String name = type.getQualifiedName().toString();
    if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
      return unreachable("in a local or anonymous class",
          "Move it into a top-level or static nested type");
    }
    switch (type.getKind()) {
      case ENUM:
        return unreachable("in enum " + name + ", which cannot be subclassed",
            "Move it into a class or interface");
      case RECORD:
        return unreachable("in record " + name + ", which is final",
            "Move it into a class or interface");
      case ANNOTATION_TYPE:
        return unreachable("in annotation type " + name, "Move it into a class or interface");
      default:
        break;
    }
    for (Element enclosing = type; enclosing instanceof TypeElement; enclosing = enclosing.getEnclosingElement()) {
      if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
        return unreachable("in private type " + ((TypeElement) enclosing).getQualifiedName(),
            "Make that type package-private or wider");
      }
    }
    if (type.getModifiers().contains(Modifier.SEALED)) {
      return unreachable("in sealed type " + name, "Declare it on a type that is not sealed");
    }
    if (type.getKind() == ElementKind.INTERFACE) {
      return Optional.empty();
    }
    if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
      return unreachable("in inner class " + name, "Make " + type.getSimpleName() + " static");
    }
    if (type.getModifiers().contains(Modifier.FINAL)) {
      return unreachable("in final class " + name, "Remove final from " + type.getSimpleName());
    }
    boolean subclassable = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(constructor -> !constructor.getModifiers().contains(Modifier.PRIVATE));
    if (!subclassable) {
      return unreachable("in class " + name + ", whose constructors are all private",
          "Give " + type.getSimpleName() + " a constructor that is not private");
    }
    return Optional.empty();
  }

  private static Optional<Unreachable> unreachable(String reason, String fix) {
    return Optional.of(new Unreachable(reason, fix));
  }
}
