package dev.touchpoint.runtime;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;

/**
 * What every instrumented call carries, built once: the span's name and starting attributes, and
 * the method it instruments, so that generated code and the agent applying to the same call, or a
 * subclass calling an instrumented {@code super}, make one span rather than two.
 */
public abstract sealed class CallDescriptor
    permits TouchpointDescriptor, PathDescriptor {

  /** OpenTelemetry's code attribute: the method's fully-qualified name, without arguments. */
  static final AttributeKey<String> CODE_FUNCTION_NAME = AttributeKey.stringKey("code.function.name");

  private final String name;
  private final String methodKey;

  CallDescriptor(String name, String methodKey) {
    this.name = name;
    this.methodKey = methodKey;
  }

  public String name() {
    return name;
  }

  /** The span attributes every call starts with, built once. */
  public abstract Attributes spanAttributes();

  /** Whether a call of {@code other}, inside a call of this on the same thread, is the same call again. */
  boolean isSameCallAs(CallDescriptor other) {
    return name.equals(other.name) || (methodKey != null && methodKey.equals(other.methodKey));
  }

  /** "placeOrder(Lcom/shop/Cart;)V": the name and descriptor an override shares with what it overrides. */
  static String methodKey(String methodName, String methodDescriptor) {
    return methodDescriptor == null ? null : methodName + methodDescriptor;
  }
}
