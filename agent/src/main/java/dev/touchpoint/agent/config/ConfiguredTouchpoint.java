package dev.touchpoint.agent.config;

import dev.touchpoint.declaration.DeclaredPromise;
import dev.touchpoint.declaration.TouchpointDeclaration;
import java.util.List;

/**
 * One valid entry of the touchpoints file: which methods, and the touchpoint they are.
 *
 * @param parameterTypes the parameter types that pick one overload, or null for every overload
 * @param name the touchpoint's name, or null for {@code SimpleClassName.methodName}
 * @param serves the {@code CustomerKind} constant: EXTERNAL, INTERNAL or PARTNER
 * @param origin {@code touchpoints.yaml:12}, for messages
 */
public record ConfiguredTouchpoint(
    NamePattern classPattern,
    NamePattern methodPattern,
    List<String> parameterTypes,
    String name,
    String serves,
    String customer,
    String journey,
    String owner,
    List<DeclaredPromise> promises,
    String origin) {

  public boolean matches(String className, String methodName, List<String> methodParameterTypes) {
    return classPattern.matches(className)
        && methodPattern.matches(methodName)
        && (parameterTypes == null || parameterTypes.equals(methodParameterTypes));
  }

  /** The declaration this entry makes for one matched method. */
  public TouchpointDeclaration declarationFor(String className, String simpleClassName, String methodName,
      String methodDescriptor) {
    return new TouchpointDeclaration(
        name != null ? name : simpleClassName + "." + methodName,
        serves, customer, journey, owner, promises, className, methodName, methodDescriptor);
  }
}
