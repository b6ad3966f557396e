package dev.touchpoint.processor.model;

import java.util.List;

/**
 * Where a method lives, as both people and the JVM name it: the class's binary name, the method's
 * name, its erased parameter types as written in Java, and its JVM descriptor, which lets the agent
 * match the exact method without parsing the class.
 */
public record MethodSignature(
    String className, String methodName, List<String> parameterTypes, String descriptor) {

  public MethodSignature {
    parameterTypes = List.copyOf(parameterTypes);
  }

  /** {@code com.shop.Checkout.placeOrder(com.shop.Cart)}, for messages. */
  public String readable() {
    return className + "." + methodName + "(" + String.join(", ", parameterTypes) + ")";
  }
}
