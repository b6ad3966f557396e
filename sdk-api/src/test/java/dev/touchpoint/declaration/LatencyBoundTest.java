package dev.touchpoint.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LatencyBoundTest {

  @ParameterizedTest
  @CsvSource({"300ms, PT0.3S", "2s, PT2S", "1m, PT1M", "1h, PT1H", "1500ms, PT1.5S", "' 45s ', PT45S"})
  void acceptsAWholeNumberAndAUnit(String text, Duration expected) {
    assertThat(LatencyBound.parse(text)).isEqualTo(expected);
    assertThat(LatencyBound.isValid(text)).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "fast", "300", "ms", "0ms", "-1s", "1.5s", "2 s", "2S", "3d", "1e3ms",
      "300ms300ms", "999999999999999999h"})
  void rejectsAnythingElseNamingTheAcceptedForms(String text) {
    assertThat(LatencyBound.isValid(text)).isFalse();
    assertThatThrownBy(() -> LatencyBound.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(LatencyBound.ACCEPTED_FORMS);
  }
}
