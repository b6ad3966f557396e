package dev.touchpoint.agent.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePatternTest {

  @ParameterizedTest
  @CsvSource({
      "com.vendor.OrderService, com.vendor.OrderService, true",
      "com.vendor.OrderService, com.vendor.OrderServiceImpl, false",
      "com.vendor.*Service, com.vendor.OrderService, true",
      "com.vendor.*Service, com.vendor.orders.OrderService, false",
      "com.vendor.**.*Service, com.vendor.orders.OrderService, true",
      "com.vendor.**, com.vendor.a.b.C, true",
      "com.vendor.Outer$Inner, com.vendor.Outer$Inner, true",
      "submit*, submitOrder, true",
      "submit*, resubmit, false",
      "*, anything, true"})
  void matchesAsDocumented(String pattern, String name, boolean matches) {
    assertThat(NamePattern.of(pattern).matches(name)).isEqualTo(matches);
  }
}
