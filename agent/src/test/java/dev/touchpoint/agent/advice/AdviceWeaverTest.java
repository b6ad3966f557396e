package dev.touchpoint.agent.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchpoint.Experience;
import dev.touchpoint.agent.advice.shapes.Shapes;
import dev.touchpoint.agent.matching.PlannedMethod;
import dev.touchpoint.agent.matching.PlannedMethod.Kind;
import dev.touchpoint.declaration.ControlDeclaration;
import dev.touchpoint.declaration.DeclarationCodec;
import dev.touchpoint.declaration.RecoveryDeclaration;
import dev.touchpoint.declaration.TouchpointDeclaration;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.bytebuddy.jar.asm.Type;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The woven code, run: every method of {@link Shapes} is woven as a touchpoint, defined in a class
 * loader of its own (which verifies it, stack map frames included), and called. Each still does
 * exactly what it did, and each call is one span.
 */
class AdviceWeaverTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  Class<?> woven;

  @BeforeEach
  void weaveEveryMethod() throws Exception {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
    List<PlannedMethod> plan = new ArrayList<>();
    for (Method method : Shapes.class.getDeclaredMethods()) {
      if (!method.isSynthetic() && !method.getName().equals("calls")) {
        plan.add(touchpoint(method, method.getReturnType() == CompletableFuture.class));
      }
    }
    woven = define(Shapes.class, AdviceWeaver.weave(classFile(Shapes.class), plan));
  }

  @Test
  void parametersAndLocalsOfEveryWidthKeepTheirValues() throws Exception {
    Object expected = Shapes.widths(1L << 40, 2.5, 7, (byte) 3, 'a', 1.5f, true);
    assertThat(callStatic("widths", 1L << 40, 2.5, 7, (byte) 3, 'a', 1.5f, true)).isEqualTo(expected);
    assertThat(callStatic("doubleReturn", 0.5, 4L)).isEqualTo(Shapes.doubleReturn(0.5, 4L));
    assertThat(spanNames()).containsExactly("shapes.widths", "shapes.doubleReturn");
  }

  @Test
  void everyReturnEndsTheCallAndFinallyBlocksStillRun() throws Exception {
    Object shapes = woven.getConstructor().newInstance();
    List<Object> answers = new ArrayList<>();
    for (int choice : new int[] {-1, 0, 5, 50}) {
      answers.add(call(shapes, "manyReturns", choice));
    }

    assertThat(answers).containsExactly("negative", "zero", "small", "big");
    assertThat(call(shapes, "calls")).isEqualTo(4 + 3 * 100);
    assertThat(otel.getSpans()).hasSize(4).allSatisfy(span -> assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET));
  }

  @Test
  void anExceptionPassesThroughUnchangedAndMarksTheSpan() throws Exception {
    assertThat(callStatic("throwsThrough", 0)).isEqualTo(0);
    assertThatThrownBy(() -> callStatic("throwsThrough", 3)).isInstanceOf(IOException.class).hasMessage("boom 3");
    assertThatThrownBy(() -> callStatic("rethrowsWrapped", true)).isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(IOException.class);

    assertThat(otel.getSpans()).extracting(span -> span.getStatus().getStatusCode())
        .containsExactly(StatusCode.UNSET, StatusCode.ERROR, StatusCode.ERROR);
  }

  @Test
  void methodsWithHandlersLoopsAndSwitchesOfTheirOwnRunAsWritten() throws Exception {
    assertThat(callStatic("loopsFromTheStart", 5)).isEqualTo(5);
    assertThat(callStatic("handlesItsOwn", "21")).isEqualTo("42");
    assertThat(callStatic("handlesItsOwn", "x")).isEqualTo("not a number: x");
    assertThat(callStatic("switches", 2)).isEqualTo("tue");
    assertThat(callStatic("switches", 9)).isEqualTo("day 9000");
    assertThat(otel.getSpans()).hasSize(5).allSatisfy(span -> assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET));
  }

  @Test
  void voidSynchronizedAndRecursiveMethods() throws Exception {
    Object shapes = woven.getConstructor().newInstance();
    StringBuilder out = new StringBuilder();
    call(shapes, "nothingReturned", out);
    assertThat(out).hasToString("ran");
    assertThat(call(shapes, "synchronizedCount")).isEqualTo(1);
    assertThat(callStatic("recurse", 3)).isEqualTo(3);

    // A recursive call is the same touchpoint again on the same thread: one span, not four.
    assertThat(spanNames()).containsExactly("shapes.nothingReturned", "shapes.synchronizedCount", "shapes.recurse");
  }

  @Test
  void aStageEndsItsCallWhenItCompletes() throws Exception {
    CompletableFuture<String> given = new CompletableFuture<>();
    @SuppressWarnings("unchecked")
    CompletableFuture<String> returned = (CompletableFuture<String>) callStatic("stage", given);
    assertThat(otel.getSpans()).isEmpty();

    given.complete("done");

    assertThat(returned.join()).isEqualTo("DONE");
    assertThat(spanNames()).containsExactly("shapes.stage");
  }

  @Test
  void recoveryPathsAndControlsAreWovenToo() throws Exception {
    List<PlannedMethod> plan = List.of(
        planned(Shapes.class.getMethod("manyReturns", int.class), Kind.RECOVERY,
            DeclarationCodec.encode(new RecoveryDeclaration("shapes.retry", Shapes.class.getName(), "manyReturns", "(I)Ljava/lang/String;"))),
        planned(Shapes.class.getMethod("synchronizedCount"), Kind.CONTROL,
            DeclarationCodec.encode(new ControlDeclaration("shapes.check", Shapes.class.getName(), "synchronizedCount", "()I"))));
    Class<?> paths = define(Shapes.class, AdviceWeaver.weave(classFile(Shapes.class), plan));
    Object shapes = paths.getConstructor().newInstance();

    assertThat(paths.getMethod("manyReturns", int.class).invoke(shapes, 1)).isEqualTo("small");
    assertThat(paths.getMethod("synchronizedCount").invoke(shapes)).isEqualTo(102); // 1 + the finally block's 100, + 1
    assertThat(spanNames()).containsExactly("shapes.retry", "shapes.check");
  }

  private List<String> spanNames() {
    return otel.getSpans().stream().map(SpanData::getName).toList();
  }

  private Object callStatic(String name, Object... arguments) throws Exception {
    return call(null, name, arguments);
  }

  private Object call(Object target, String name, Object... arguments) throws Exception {
    for (Method method : woven.getDeclaredMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arguments.length
          && Modifier.isStatic(method.getModifiers()) == (target == null)) {
        try {
          return method.invoke(target, arguments);
        } catch (InvocationTargetException thrown) {
          throw (Exception) thrown.getCause();
        }
      }
    }
    throw new AssertionError("no method " + name);
  }

  private static PlannedMethod touchpoint(Method method, boolean stage) {
    String descriptor = Type.getMethodDescriptor(method);
    TouchpointDeclaration declaration = new TouchpointDeclaration("shapes." + method.getName(), "INTERNAL", null, null,
        null, List.of(), Shapes.class.getName(), method.getName(), descriptor);
    return new PlannedMethod(method.getName(), descriptor, Kind.TOUCHPOINT, stage, DeclarationCodec.encode(declaration), "test");
  }

  private static PlannedMethod planned(Method method, Kind kind, String encoded) {
    return new PlannedMethod(method.getName(), Type.getMethodDescriptor(method), kind, false, encoded, "test");
  }

  static byte[] classFile(Class<?> type) throws IOException {
    try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
      return in.readAllBytes();
    }
  }

  /** Defines {@code classFile} in a loader of its own, whose parent provides everything else. */
  static Class<?> define(Class<?> type, byte[] classFile) {
    return new ClassLoader(AdviceWeaverTest.class.getClassLoader()) {
      Class<?> defineWoven() {
        return defineClass(type.getName(), classFile, 0, classFile.length);
      }
    }.defineWoven();
  }
}
