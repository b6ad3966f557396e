package dev.touchpoint.agent.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** Whether a return type is a stage, decided from class files alone. */
class StageTypesTest {

  /** A stage two steps removed from CompletionStage: only its class files say so. */
  static class Receipt extends CompletableFuture<String> {}

  interface Tracked<T> extends CompletionStage<T> {}

  abstract static class TrackedReceipt implements Tracked<String> {}

  final ClassLoader loader = StageTypesTest.class.getClassLoader();

  @Test
  void theJdksStagesAreKnownByName() {
    assertThat(StageTypes.returnsStage(loader, "()Ljava/util/concurrent/CompletionStage;")).isTrue();
    assertThat(StageTypes.returnsStage(loader, "()Ljava/util/concurrent/CompletableFuture;")).isTrue();
    assertThat(StageTypes.returnsStage(loader, "()Ljava/util/concurrent/Future;")).isFalse();
    assertThat(StageTypes.returnsStage(loader, "()Ljava/lang/String;")).isFalse();
  }

  @Test
  void anyOtherTypeIsJudgedByItsSupertypes() {
    assertThat(StageTypes.returnsStage(loader, "()L" + internal(Receipt.class) + ";")).isTrue();
    assertThat(StageTypes.returnsStage(loader, "()L" + internal(TrackedReceipt.class) + ";")).isTrue();
    assertThat(StageTypes.returnsStage(loader, "()L" + internal(StageTypesTest.class) + ";")).isFalse();
    assertThat(StageTypes.returnsStage(loader, "()Lno/such/Type;")).isFalse();
  }

  @Test
  void primitivesArraysAndVoidAreNeverStages() {
    assertThat(StageTypes.returnsStage(loader, "()V")).isFalse();
    assertThat(StageTypes.returnsStage(loader, "()I")).isFalse();
    assertThat(StageTypes.returnsStage(loader, "()[Ljava/util/concurrent/CompletableFuture;")).isFalse();
  }

  private static String internal(Class<?> type) {
    return type.getName().replace('.', '/');
  }
}
