package dev.touchpoint.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Versions compare by their numbers, whatever follows them, against the oldest supported API. */
class SupportedOpenTelemetryApiTest {

  @Test
  void olderThanTheOldestSupportedIsTooOld() {
    assertThat(SupportedOpenTelemetryApi.isTooOld("1.29.0")).isTrue();
    assertThat(SupportedOpenTelemetryApi.isTooOld("1.9.0")).isTrue();
    assertThat(SupportedOpenTelemetryApi.isTooOld("0.17.0")).isTrue();
  }

  @Test
  void theOldestSupportedAndNewerAreNot() {
    assertThat(SupportedOpenTelemetryApi.isTooOld("1.30.0")).isFalse();
    assertThat(SupportedOpenTelemetryApi.isTooOld("1.30.1")).isFalse();
    assertThat(SupportedOpenTelemetryApi.isTooOld("1.100.0")).isFalse();
    assertThat(SupportedOpenTelemetryApi.isTooOld("2.0.0")).isFalse();
  }

  @Test
  void qualifiersAndMissingPartsDoNotConfuseTheComparison() {
    assertThat(SupportedOpenTelemetryApi.compare("1.30.0-alpha", "1.30.0")).isZero();
    assertThat(SupportedOpenTelemetryApi.compare("1.30", "1.30.0")).isZero();
    assertThat(SupportedOpenTelemetryApi.compare("1.31.0-SNAPSHOT", "1.30.9")).isPositive();
  }

  @Test
  void anUnknownVersionIsGivenTheBenefitOfTheDoubt() {
    assertThat(SupportedOpenTelemetryApi.isTooOld(null)).isFalse();
    assertThat(SupportedOpenTelemetryApi.isTooOld("")).isFalse();
    assertThat(SupportedOpenTelemetryApi.isTooOld("unknown")).isFalse();
  }
}
