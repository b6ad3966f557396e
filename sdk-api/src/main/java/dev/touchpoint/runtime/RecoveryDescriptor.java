package dev.touchpoint.runtime;

import static dev.touchpoint.runtime.Arguments.requireNonBlank;

import dev.touchpoint.CxAttributes;
import io.opentelemetry.api.common.Attributes;

/**
 * A {@code @Recovery} path, built once: a retry, fallback, compensation or apology. Each call is a
 * span named after it, with {@code cx.recovery}.
 *
 * <pre>{@code
 * static final RecoveryDescriptor RETRY =
 *     RecoveryDescriptor.builder("payments.retry").code("com.shop.Payments", "retry", "(J)J").build();
 * }</pre>
 */
public final class RecoveryDescriptor extends CallDescriptor {

  private final Attributes spanAttributes;

  private RecoveryDescriptor(Builder builder) {
    super(builder.name, methodKey(builder.methodName, builder.methodDescriptor));
    var attributes = Attributes.builder().put(CxAttributes.RECOVERY, builder.name);
    if (builder.className != null) {
      attributes.put(CODE_FUNCTION_NAME, builder.className + "." + builder.methodName);
    }
    this.spanAttributes = attributes.build();
  }

  /** Starts a recovery descriptor named {@code name}, such as "payments.retry". */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  @Override
  public Attributes spanAttributes() {
    return spanAttributes;
  }

  @Override
  public String toString() {
    return "Recovery[" + name() + "]";
  }

  /** Builds a {@link RecoveryDescriptor}. */
  public static final class Builder {
    private final String name;
    private String className;
    private String methodName;
    private String methodDescriptor;

    private Builder(String name) {
      this.name = requireNonBlank(name, "recovery name",
          "name the recovery path, e.g. \"payment.retry\" or \"refund.apology\"");
    }

    /** The code location: the class's binary name, the method's name and its JVM descriptor. */
    public Builder code(String className, String methodName, String methodDescriptor) {
      this.className = requireNonBlank(className, "class name", "pass the class's binary name");
      this.methodName = requireNonBlank(methodName, "method name", "pass the method's simple name");
      this.methodDescriptor = methodDescriptor;
      return this;
    }

    public RecoveryDescriptor build() {
      return new RecoveryDescriptor(this);
    }
  }
}
