package dev.touchpoint.processor.check;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Whether a type mentions types that do not exist yet, such as ones another annotation processor
 * generates in a later round. Generating against them would write broken code, so such a type is
 * read again in the next round.
 */
public final class UnresolvedTypes {

  private final Elements elements;

  public UnresolvedTypes(Elements elements) {
    this.elements = elements;
  }

  public boolean mentionedBy(TypeElement type) {
    if (unresolved(type.getSuperclass()) || type.getInterfaces().stream().anyMatch(this::unresolved)) {
      return true;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (unresolved(method.getReturnType())
          || method.getParameters().stream().anyMatch(parameter -> unresolved(parameter.asType()))
          || method.getThrownTypes().stream().anyMatch(this::unresolved)) {
        return true;
      }
    }
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .flatMap(constructor -> constructor.getParameters().stream())
        .anyMatch(parameter -> unresolved(parameter.asType()));
  }

  private boolean unresolved(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type instanceof ArrayType array) {
      return unresolved(array.getComponentType());
    }
    if (type instanceof WildcardType wildcard) {
      return (wildcard.getExtendsBound() != null && unresolved(wildcard.getExtendsBound()))
          || (wildcard.getSuperBound() != null && unresolved(wildcard.getSuperBound()));
    }
    if (type instanceof DeclaredType declared) {
      List<? extends TypeMirror> arguments = declared.getTypeArguments();
      return arguments.stream().anyMatch(this::unresolved);
    }
    return false;
  }
}
