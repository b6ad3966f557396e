package dev.touchpoint.runtime;

import static dev.touchpoint.runtime.Arguments.requireNonBlank;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;

/**
 * What a recovery path and a control share: a name, where the code lives, and span attributes
 * built once ({@code cx.recovery} or {@code cx.control}, and {@code code.function.name}).
 */
public abstract sealed class PathDescriptor extends CallDescriptor permits RecoveryDescriptor, ControlDescriptor {

  private final Attributes spanAttributes;

  PathDescriptor(AttributeKey<String> kind, Builder<?> builder) {
    super(builder.name, builder.className, methodKey(builder.methodName, builder.methodDescriptor));
    var attributes = Attributes.builder().put(kind, builder.name);
    if (builder.className != null) {
      attributes.put(CODE_FUNCTION_NAME, builder.className + "." + builder.methodName);
    }
    this.spanAttributes = attributes.build();
  }

  @Override
  public Attributes spanAttributes() {
    return spanAttributes;
  }

  /** Builds a recovery path's or a control's descriptor. */
  public abstract static class Builder<D extends PathDescriptor> {
    final String name;
    String className;
    String methodName;
    String methodDescriptor;

    Builder(String name, String what, String example) {
      this.name = requireNonBlank(name, what + " name", "name it, e.g. " + example);
    }

    /** The code location: the class's binary name, the method's name and its JVM descriptor. */
    public Builder<D> code(String className, String methodName, String methodDescriptor) {
      this.className = requireNonBlank(className, "class name", "pass the class's binary name");
      this.methodName = requireNonBlank(methodName, "method name", "pass the method's simple name");
      this.methodDescriptor = methodDescriptor;
      return this;
    }

    public abstract D build();
  }
}
