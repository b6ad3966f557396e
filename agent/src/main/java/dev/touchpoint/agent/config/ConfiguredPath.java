package dev.touchpoint.agent.config;

import java.util.List;

/**
 * A recovery path or a control the touchpoints file declares: which methods, and its name.
 *
 * @param recovery true for an entry of {@code recoveries}, false for one of {@code controls}
 * @param name the name, or null for {@code SimpleClassName.methodName}
 * @param origin {@code touchpoints.yaml:12}, for messages
 */
public record ConfiguredPath(
    boolean recovery,
    NamePattern classPattern,
    NamePattern methodPattern,
    List<String> parameterTypes,
    String name,
    String origin) {

  public boolean matches(String className, String methodName, List<String> methodParameterTypes) {
    return classPattern.matches(className)
        && methodPattern.matches(methodName)
        && (parameterTypes == null || parameterTypes.equals(methodParameterTypes));
  }

  public String nameFor(String simpleClassName, String methodName) {
    return name != null ? name : simpleClassName + "." + methodName;
  }
}
