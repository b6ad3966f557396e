package dev.touchpoint.examples.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchpoint.ControlDefinition;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Experience;
import dev.touchpoint.RecoveryDefinition;
import dev.touchpoint.TouchpointDefinition;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The summary a service prints as it stops, from the metrics the real runtime records. */
class ExperienceSummaryTest {

  final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  OpenTelemetrySdk sdk;

  @BeforeEach
  void recordIntoAnSdkWithTheSummary() {
    sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().build())
        .setMeterProvider(SdkMeterProvider.builder()
            .registerMetricReader(PeriodicMetricReader.builder(
                new ExperienceSummary(new PrintStream(printed, true, StandardCharsets.UTF_8)))
                .setInterval(Duration.ofDays(1)).build())
            .build())
        .build();
    Experience.useOpenTelemetry(sdk);
  }

  @AfterEach
  void backToGlobal() {
    Experience.useGlobalOpenTelemetry();
  }

  @Test
  void countsCallsByOutcomeBrokenPromisesRecoveriesAndControls() {
    TouchpointDefinition order = Experience.touchpoint("checkout.place-order", CustomerKind.EXTERNAL)
        .promise("right-first-time")
        .promise("fast", "1h")
        .build();
    RecoveryDefinition retry = Experience.recovery("payments.retry");
    ControlDefinition fraud = Experience.control("fraud-check");

    order.run(() -> fraud.run(() -> { }));
    order.run(() -> fraud.run(() -> { }));
    order.run(() -> retry.run(() -> { }));
    assertThatThrownBy(() -> order.run(() -> {
      throw new IllegalStateException("payments is down");
    })).isInstanceOf(IllegalStateException.class);

    sdk.close();

    assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "summary: checkout.place-order             4 calls    2 kept    2 broken (fast 2, right-first-time 2)",
        "summary: payments.retry                 recovery ran 1 time",
        "summary: fraud-check                    control  ran 2 times");
  }

  @Test
  void saysSoWhenNothingWasCalled() {
    sdk.close();

    assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly("summary: no touchpoint was called");
  }
}
