package dev.touchpoint.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseLevelsTest {

  static DeclaredPromise bounded(String name, String within) {
    return new DeclaredPromise(name, within);
  }

  static DeclaredPromise unbounded(String name) {
    return new DeclaredPromise(name, null);
  }

  @Test
  void theNearestDeclarationOfANameWins() {
    var merged = PromiseLevels.merge(List.of(
        List.of(bounded("fast", "1s")),
        List.of(bounded("fast", "300ms"), unbounded("right-first-time")),
        List.of(bounded("fast", "5s"))));

    assertThat(merged.inForce()).containsExactly(bounded("fast", "1s"), unbounded("right-first-time"));
    assertThat(merged.undefinedOnMethod()).isEmpty();
  }

  @Test
  void aDeclarationWithoutABoundTakesTheNearestBoundFurtherOut() {
    var merged = PromiseLevels.merge(List.of(
        List.of(unbounded("fast")),
        List.of(unbounded("fast")),
        List.of(bounded("fast", "200ms"))));

    assertThat(merged.inForce()).containsExactly(bounded("fast", "200ms"));
  }

  @Test
  void aMethodPromiseDefinedNowhereIsReportedButStaysInForceWithoutABound() {
    var merged = PromiseLevels.merge(List.of(List.of(unbounded("speedy")), List.of(), List.of()));

    assertThat(merged.undefinedOnMethod()).containsExactly("speedy");
    assertThat(merged.inForce()).containsExactly(unbounded("speedy"));
  }

  @Test
  void aTypeOrPackagePromiseWithoutABoundIsADefinition() {
    var merged = PromiseLevels.merge(List.of(List.of(unbounded("right-first-time")),
        List.of(), List.of(unbounded("right-first-time"))));

    assertThat(merged.undefinedOnMethod()).isEmpty();
    assertThat(merged.inForce()).containsExactly(unbounded("right-first-time"));
  }
}
