package dev.touchpoint.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.CustomerKind;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Outcome counters belong to series, not to descriptors: a redeployed application builds its
 * descriptors again, and they must count into the series the old ones did, retaining nothing more.
 */
class PromiseOutcomesTest {

  @Test
  void descriptorsOfTheSameTouchpointAndPromisesShareOneSlotHoweverManyAreBuilt() {
    Set<Integer> slots = IntStream.range(0, 1_000)
        .mapToObj(copy -> reserve("store.reserve-slots", "fast").slot()).collect(Collectors.toSet());

    assertThat(slots).hasSize(1);
  }

  @Test
  void anotherTouchpointOrOtherPromisesAreAnotherSeries() {
    int reserve = reserve("store.reserve-series", "fast").slot();

    assertThat(reserve("store.cancel-series", "fast").slot()).isNotEqualTo(reserve);
    assertThat(reserve("store.reserve-series", "right-first-time").slot()).isNotEqualTo(reserve);
  }

  private static TouchpointDescriptor reserve(String name, String promise) {
    return TouchpointDescriptor.builder(name, CustomerKind.EXTERNAL).customer("shopper")
        .promise(PromiseDescriptor.of(promise)).build();
  }
}
