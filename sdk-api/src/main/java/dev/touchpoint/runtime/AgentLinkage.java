package dev.touchpoint.runtime;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.declaration.DeclarationCodec;
import dev.touchpoint.declaration.DeclaredPromise;
import dev.touchpoint.declaration.RecoveryDeclaration;
import dev.touchpoint.declaration.TouchpointDeclaration;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Where the agent's advice gets its descriptors. The agent writes each touchpoint's declaration
 * into the instrumented class as an {@code invokedynamic} constant whose bootstrap is here: the JVM
 * runs it once per call site, the descriptor is built once, in the application's own runtime, and
 * every later call just loads it. A declaration that cannot be read links to null, which the
 * runtime treats as "record nothing": a bad declaration never reaches the application.
 */
public final class AgentLinkage {

  private AgentLinkage() {}

  /** Bootstrap for a touchpoint's descriptor constant. */
  public static CallSite touchpoint(
      MethodHandles.Lookup lookup, String name, MethodType type, String declaration) {
    TouchpointDescriptor descriptor = null;
    try {
      descriptor = descriptor(DeclarationCodec.decodeTouchpoint(declaration));
    } catch (Throwable problem) {
      InternalErrors.report("read a touchpoint the agent declared in " + lookup.lookupClass().getName(), problem);
    }
    return constant(type, descriptor);
  }

  /** Bootstrap for a recovery path's descriptor constant. */
  public static CallSite recovery(
      MethodHandles.Lookup lookup, String name, MethodType type, String declaration) {
    RecoveryDescriptor descriptor = null;
    try {
      RecoveryDeclaration recovery = DeclarationCodec.decodeRecovery(declaration);
      descriptor = RecoveryDescriptor.builder(recovery.name())
          .code(recovery.className(), recovery.methodName(), recovery.methodDescriptor())
          .build();
    } catch (Throwable problem) {
      InternalErrors.report("read a recovery path the agent declared in " + lookup.lookupClass().getName(), problem);
    }
    return constant(type, descriptor);
  }

  /** The descriptor a declaration stands for; what generated code builds from the same facts. */
  static TouchpointDescriptor descriptor(TouchpointDeclaration declared) {
    TouchpointDescriptor.Builder builder =
        TouchpointDescriptor.builder(declared.name(), CustomerKind.valueOf(declared.serves()));
    if (declared.customer() != null) {
      builder.customer(declared.customer());
    }
    if (declared.journey() != null) {
      builder.journey(declared.journey());
    }
    if (declared.owner() != null) {
      builder.owner(declared.owner());
    }
    for (DeclaredPromise promise : declared.promises()) {
      builder.promise(PromiseDescriptor.of(promise.name(), promise.within() == null ? "" : promise.within()));
    }
    if (declared.className() != null) {
      if (declared.methodDescriptor() != null) {
        builder.code(declared.className(), declared.methodName(), declared.methodDescriptor());
      } else {
        builder.code(declared.className(), declared.methodName());
      }
    }
    return builder.build();
  }

  private static CallSite constant(MethodType type, Object descriptor) {
    return new ConstantCallSite(MethodHandles.constant(type.returnType(), descriptor));
  }
}
