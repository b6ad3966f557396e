package dev.touchpoint.processor.check;

import dev.touchpoint.processor.model.MethodSignature;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Computes a method's {@link MethodSignature}: erased, as the JVM and the agent see it. */
public final class Signatures {

  private final Elements elements;
  private final Types types;

  public Signatures(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  public MethodSignature of(ExecutableElement method) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    List<String> parameterTypes = new ArrayList<>();
    StringBuilder descriptor = new StringBuilder("(");
    for (VariableElement parameter : method.getParameters()) {
      TypeMirror erased = types.erasure(parameter.asType());
      parameterTypes.add(javaName(erased));
      descriptor.append(descriptor(erased));
    }
    descriptor.append(')').append(descriptor(types.erasure(method.getReturnType())));
    return new MethodSignature(
        elements.getBinaryName(owner).toString(),
        method.getSimpleName().toString(),
        parameterTypes,
        descriptor.toString());
  }

  /** The binary name of a type, as {@code Class.getName()} gives it. */
  public String binaryName(TypeElement type) {
    return elements.getBinaryName(type).toString();
  }

  private String javaName(TypeMirror erased) {
    return switch (erased.getKind()) {
      case ARRAY -> javaName(((ArrayType) erased).getComponentType()) + "[]";
      case DECLARED -> ((TypeElement) ((DeclaredType) erased).asElement()).getQualifiedName().toString();
      default -> erased.toString();
    };
  }

  private String descriptor(TypeMirror erased) {
    return switch (erased.getKind()) {
      case BOOLEAN -> "Z";
      case BYTE -> "B";
      case CHAR -> "C";
      case SHORT -> "S";
      case INT -> "I";
      case LONG -> "J";
      case FLOAT -> "F";
      case DOUBLE -> "D";
      case VOID -> "V";
      case ARRAY -> "[" + descriptor(((ArrayType) erased).getComponentType());
      case DECLARED -> "L" + binaryName((TypeElement) ((DeclaredType) erased).asElement()).replace('.', '/') + ";";
      default -> throw new IllegalArgumentException("no JVM descriptor for " + erased.getKind() + " " + erased);
    };
  }
}
