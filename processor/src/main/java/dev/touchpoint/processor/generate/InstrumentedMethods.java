package dev.touchpoint.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.processor.model.InstrumentedModel;
import dev.touchpoint.processor.model.MethodSignature;
import dev.touchpoint.processor.model.PromiseModel;
import dev.touchpoint.processor.model.RecoveryModel;
import dev.touchpoint.processor.model.TouchpointModel;
import dev.touchpoint.runtime.ControlDescriptor;
import dev.touchpoint.runtime.PromiseDescriptor;
import dev.touchpoint.runtime.RecoveryDescriptor;
import dev.touchpoint.runtime.TouchpointCall;
import dev.touchpoint.runtime.TouchpointDescriptor;
import dev.touchpoint.runtime.TouchpointRuntime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The code every generated type shares: a descriptor constant per touchpoint, built once, and the
 * override that runs a call through the runtime. Per call, generated code does only
 * {@code begin}, the call itself and {@code end} or {@code fail}.
 */
final class InstrumentedMethods {

  private static final ClassName DESCRIPTOR = ClassName.get(TouchpointDescriptor.class);
  private static final ClassName RECOVERY = ClassName.get(RecoveryDescriptor.class);
  private static final ClassName CONTROL = ClassName.get(ControlDescriptor.class);
  private static final ClassName PROMISE = ClassName.get(PromiseDescriptor.class);
  private static final ClassName CALL = ClassName.get(TouchpointCall.class);
  private static final ClassName RUNTIME = ClassName.get(TouchpointRuntime.class);
  private static final ClassName CUSTOMER_KIND = ClassName.get(CustomerKind.class);

  private final Elements elements;
  private final Types types;
  private final TypeMirror completionStage;

  InstrumentedMethods(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.completionStage =
        types.erasure(elements.getTypeElement("java.util.concurrent.CompletionStage").asType());
  }

  /** Constant names for a type's touchpoints: PLACE_ORDER, and PLACE_ORDER_2 for an overload. */
  static Map<ExecutableElement, String> constantNames(Iterable<ExecutableElement> methods) {
    Map<ExecutableElement, String> names = new HashMap<>();
    Map<String, Integer> used = new HashMap<>();
    for (ExecutableElement method : methods) {
      String base = upperSnake(method.getSimpleName().toString());
      int count = used.merge(base, 1, Integer::sum);
      names.put(method, count == 1 ? base : base + "_" + count);
    }
    return names;
  }

  FieldSpec descriptorField(String constant, InstrumentedModel model) {
    if (model instanceof TouchpointModel touchpoint) {
      return touchpointField(constant, touchpoint);
    }
    ClassName type = model instanceof RecoveryModel ? RECOVERY : CONTROL;
    return pathField(constant, type, model.name(), model.signature());
  }

  /** A recovery path's or a control's descriptor: a name and where it lives. */
  private static FieldSpec pathField(String constant, ClassName type, String name, MethodSignature signature) {
    CodeBlock init = CodeBlock.builder()
        .add("$T.builder($L)", type, JavaLiterals.string(name))
        .indent().indent()
        .add("\n.code($L, $L, $L)", JavaLiterals.string(signature.className()),
            JavaLiterals.string(signature.methodName()), JavaLiterals.string(signature.descriptor()))
        .add("\n.build()")
        .unindent().unindent()
        .build();
    return FieldSpec.builder(type, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(init).build();
  }

  private FieldSpec touchpointField(String constant, TouchpointModel touchpoint) {
    CodeBlock.Builder init = CodeBlock.builder()
        .add("$T.builder($L, $T.$L)", DESCRIPTOR, JavaLiterals.string(touchpoint.name()), CUSTOMER_KIND, touchpoint.serves())
        .indent().indent();
    if (touchpoint.customer() != null) {
      init.add("\n.customer($L)", JavaLiterals.string(touchpoint.customer()));
    }
    if (touchpoint.journey() != null) {
      init.add("\n.journey($L)", JavaLiterals.string(touchpoint.journey()));
    }
    if (touchpoint.owner() != null) {
      init.add("\n.owner($L)", JavaLiterals.string(touchpoint.owner()));
    }
    for (PromiseModel promise : touchpoint.promises()) {
      if (promise.hasBound()) {
        init.add("\n.promise($T.of($L, $L)", PROMISE, JavaLiterals.string(promise.name()), JavaLiterals.string(promise.within()));
      } else {
        init.add("\n.promise($T.of($L)", PROMISE, JavaLiterals.string(promise.name()));
      }
      if (!promise.tolerates().isEmpty()) {
        init.add(".tolerating($L)", CodeBlock.join(promise.tolerates().stream()
            .map(exception -> CodeBlock.of("$T.class", exceptionType(exception))).toList(), ", "));
      }
      init.add(")");
    }
    init.add("\n.code($L, $L, $L)", JavaLiterals.string(touchpoint.signature().className()),
            JavaLiterals.string(touchpoint.signature().methodName()),
            JavaLiterals.string(touchpoint.signature().descriptor()))
        .add("\n.build()")
        .unindent().unindent();
    return FieldSpec.builder(DESCRIPTOR, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(init.build())
        .build();
  }

  /**
   * Overrides {@code method} (as a member of {@code owner}) so that each call runs through the
   * runtime around {@code target.method(args)}, where target is {@code this.delegate} or
   * {@code super}, and {@code receiver} the object the call runs on ({@code this.delegate} or
   * {@code this}), which tells the runtime that the agent instrumenting the same method on the same
   * object is this call again.
   */
  MethodSpec instrumented(ExecutableElement method, DeclaredType owner, CodeBlock target, CodeBlock receiver,
      ClassName generated, String constant, InstrumentedModel model) {
    MethodSpec signature = MethodSpec.overriding(method, owner, types).build();
    NameAllocator names = new NameAllocator();
    signature.parameters().forEach(parameter -> names.newName(parameter.name()));
    String call = names.newName("call");
    String result = names.newName("result");
    String error = names.newName("error");
    CodeBlock invocation = invocation(signature, target);

    MethodSpec.Builder body = signature.toBuilder()
        .addStatement("$T $N = $T.$N($T.$N, $L)", CALL, call, RUNTIME, beginMethod(model), generated, constant, receiver)
        .beginControlFlow("try");
    if (signature.returnType().equals(TypeName.VOID)) {
      body.addStatement("$L", invocation).addStatement("$N.end()", call);
    } else if (returnsCompletionStage(method)) {
      // The span ends when the stage completes; the stage itself is returned untouched.
      body.addStatement("return $N.endOnCompletion($L)", call, invocation);
    } else {
      body.addStatement("$T $N = $L", signature.returnType(), result, invocation)
          .addStatement("$N.end()", call)
          .addStatement("return $N", result);
    }
    return body.nextControlFlow("catch ($T $N)", Throwable.class, error)
        .addStatement("$N.fail($N)", call, error)
        // Precise rethrow: the compiler knows this throws only what the method declares.
        .addStatement("throw $N", error)
        .endControlFlow()
        .build();
  }

  /** Overrides {@code method} to pass the call straight to {@code target}. */
  MethodSpec delegating(ExecutableElement method, DeclaredType owner, CodeBlock target) {
    MethodSpec signature = MethodSpec.overriding(method, owner, types).build();
    CodeBlock invocation = invocation(signature, target);
    return signature.toBuilder()
        .addStatement(signature.returnType().equals(TypeName.VOID) ? "$L" : "return $L", invocation)
        .build();
  }

  private static String beginMethod(InstrumentedModel model) {
    if (model instanceof TouchpointModel) {
      return "begin";
    }
    return model instanceof RecoveryModel ? "beginRecovery" : "beginControl";
  }

  /** The class literal's type for a tolerated exception known by its binary name. */
  private ClassName exceptionType(String binaryName) {
    TypeElement type = elements.getTypeElement(binaryName.replace('$', '.'));
    return type != null ? ClassName.get(type) : ClassName.bestGuess(binaryName);
  }

  private static CodeBlock invocation(MethodSpec signature, CodeBlock target) {
    return CodeBlock.of("$L.$N($L)", target, signature.name(),
        CodeBlock.join(signature.parameters().stream().map(InstrumentedMethods::argument).toList(), ", "));
  }

  private static CodeBlock argument(ParameterSpec parameter) {
    return CodeBlock.of("$N", parameter);
  }

  private boolean returnsCompletionStage(ExecutableElement method) {
    TypeMirror returned = method.getReturnType();
    return returned.getKind() != TypeKind.VOID
        && types.isAssignable(types.erasure(returned), completionStage);
  }

  private static String upperSnake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }
}
