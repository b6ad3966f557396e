package dev.touchpoint.runtime;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.declaration.ControlDeclaration;
import dev.touchpoint.declaration.DeclarationCodec;
import dev.touchpoint.declaration.DeclaredPromise;
import dev.touchpoint.declaration.RecoveryDeclaration;
import dev.touchpoint.declaration.TouchpointDeclaration;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.CompletionStage;

/**
 * The agent's door into the runtime. The agent writes each touchpoint's declaration into the
 * instrumented class as an {@code invokedynamic} constant whose bootstrap is here: the JVM runs it
 * once per call site, the descriptor is built once, in the application's own runtime, and every
 * later call just loads it. A declaration that cannot be read links to null, which the runtime
 * treats as "record nothing": a bad declaration never reaches the application.
 *
 * <p>The code the agent weaves calls only the static methods below, which never throw whatever
 * happens behind them (a runtime class that failed to initialise included), and accept the null
 * call a failed start leaves: woven code needs no branches and no handlers of its own for them.
 */
public final class AgentLinkage {

  private AgentLinkage() {}

  /**
   * Starts a touchpoint call on {@code receiver} (the woven method's {@code this}, null for a static
   * method); null if even that failed.
   */
  public static TouchpointCall begin(TouchpointDescriptor touchpoint, Object receiver) {
    try {
      return TouchpointRuntime.begin(touchpoint, receiver);
    } catch (Throwable problem) {
      return null;
    }
  }

  /** Starts a recovery path's call; null if even that failed. */
  public static TouchpointCall beginRecovery(RecoveryDescriptor recovery, Object receiver) {
    try {
      return TouchpointRuntime.beginRecovery(recovery, receiver);
    } catch (Throwable problem) {
      return null;
    }
  }

  /** Starts a control's call; null if even that failed. */
  public static TouchpointCall beginControl(ControlDescriptor control, Object receiver) {
    try {
      return TouchpointRuntime.beginControl(control, receiver);
    } catch (Throwable problem) {
      return null;
    }
  }

  // The entries the 0.1.0 agent weaves calls to, without a receiver: kept so that it still instruments.

  public static TouchpointCall begin(TouchpointDescriptor touchpoint) {
    return begin(touchpoint, null);
  }

  public static TouchpointCall beginRecovery(RecoveryDescriptor recovery) {
    return beginRecovery(recovery, null);
  }

  public static TouchpointCall beginControl(ControlDescriptor control) {
    return beginControl(control, null);
  }

  /** Ends a call that returned normally. */
  public static void end(TouchpointCall call) {
    try {
      if (call != null) {
        call.end();
      }
    } catch (Throwable problem) {
      // The runtime reports its own problems; this only keeps the application's return intact.
    }
  }

  /** Ends a call when the stage it returned completes. */
  public static void endOnCompletion(CompletionStage<?> returned, TouchpointCall call) {
    try {
      if (call != null) {
        call.endOnCompletion(returned);
      }
    } catch (Throwable problem) {
      // As above: the stage goes back to the application untouched.
    }
  }

  /** Ends a call that threw {@code error}; the woven code rethrows it unchanged. */
  public static void fail(Throwable error, TouchpointCall call) {
    try {
      if (call != null) {
        call.fail(error);
      }
    } catch (Throwable problem) {
      // As above: the application's own exception is what propagates.
    }
  }

  /** Bootstrap for a touchpoint's descriptor constant. */
  public static CallSite touchpoint(
      MethodHandles.Lookup lookup, String name, MethodType type, String declaration) {
    TouchpointDescriptor descriptor = null;
    try {
      descriptor = descriptor(DeclarationCodec.decodeTouchpoint(declaration), lookup.lookupClass().getClassLoader());
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

  /** Bootstrap for a control's descriptor constant. */
  public static CallSite control(
      MethodHandles.Lookup lookup, String name, MethodType type, String declaration) {
    ControlDescriptor descriptor = null;
    try {
      ControlDeclaration control = DeclarationCodec.decodeControl(declaration);
      descriptor = ControlDescriptor.builder(control.name())
          .code(control.className(), control.methodName(), control.methodDescriptor())
          .build();
    } catch (Throwable problem) {
      InternalErrors.report("read a control the agent declared in " + lookup.lookupClass().getName(), problem);
    }
    return constant(type, descriptor);
  }

  /**
   * The descriptor a declaration stands for; what generated code builds from the same facts.
   * Tolerated exceptions are looked up in {@code loader}, the instrumented class's own.
   */
  static TouchpointDescriptor descriptor(TouchpointDeclaration declared, ClassLoader loader) {
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
      PromiseDescriptor descriptor = PromiseDescriptor.of(promise.name(), promise.within() == null ? "" : promise.within());
      if (!promise.tolerates().isEmpty()) {
        descriptor = descriptor.tolerating(exceptions(promise, loader));
      }
      builder.promise(descriptor);
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

  @SuppressWarnings("unchecked")
  private static Class<? extends Throwable>[] exceptions(DeclaredPromise promise, ClassLoader loader) {
    java.util.List<Class<? extends Throwable>> found = new java.util.ArrayList<>();
    for (String name : promise.tolerates()) {
      try {
        found.add(Class.forName(name, false, loader).asSubclass(Throwable.class));
      } catch (ClassNotFoundException | ClassCastException | LinkageError missing) {
        InternalErrors.report("find " + name + ", which promise \"" + promise.name()
            + "\" tolerates; that exception breaks the promise", missing);
      }
    }
    return found.toArray(Class[]::new);
  }

  private static CallSite constant(MethodType type, Object descriptor) {
    return new ConstantCallSite(MethodHandles.constant(type.returnType(), descriptor));
  }
}
