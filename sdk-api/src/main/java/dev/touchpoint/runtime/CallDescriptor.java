package dev.touchpoint.runtime;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;

/**
 * What every instrumented call carries, built once: the span's name and starting attributes, and
 * the method it instruments, so that generated code and the agent applying to the same call, or an
 * override calling an instrumented {@code super}, make one span rather than two.
 */
public abstract sealed class CallDescriptor
    permits TouchpointDescriptor, PathDescriptor {

  /** OpenTelemetry's code attribute: the method's fully-qualified name, without arguments. */
  static final AttributeKey<String> CODE_FUNCTION_NAME = AttributeKey.stringKey("code.function.name");

  private final String name;
  /** The binary name of the class the method is declared in; null when no method is named. */
  private final String className;
  private final String methodKey;

  CallDescriptor(String name, String className, String methodKey) {
    this.name = name;
    this.className = className;
    this.methodKey = methodKey;
  }

  public String name() {
    return name;
  }

  /** The span attributes every call starts with, built once. */
  public abstract Attributes spanAttributes();

  /**
   * Whether a call of {@code other} on {@code otherReceiver}, directly inside a call of this one on
   * {@code receiver} and on the same thread, is this very call instrumented a second time: the same
   * method (name and descriptor) running on the same object, as when generated code and the agent
   * both instrument it, or an override calls the method it overrides. Where a receiver is not known
   * (a static method, code generated before receivers were passed), the same method of the same
   * class. Never a different class's method that shares the signature, and never a touchpoint
   * defined in code without naming a method: those are calls of their own.
   */
  boolean isSameCallAs(Object receiver, CallDescriptor other, Object otherReceiver) {
    if (methodKey == null || !methodKey.equals(other.methodKey)) {
      return false;
    }
    if (receiver != null && otherReceiver != null) {
      return receiver == otherReceiver;
    }
    return className.equals(other.className);
  }

  /** "placeOrder(Lcom/shop/Cart;)V": the name and descriptor an override shares with what it overrides. */
  static String methodKey(String methodName, String methodDescriptor) {
    return methodDescriptor == null ? null : methodName + methodDescriptor;
  }
}
