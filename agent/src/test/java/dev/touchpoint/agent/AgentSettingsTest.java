package dev.touchpoint.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AgentSettingsTest {

  @Test
  void agentArgumentsNameTheFileTheSdkAndTheRuntimesOwnSettings() {
    AgentSettings settings = AgentSettings.from(
        "config=touchpoints.yaml,sdk=true,inbound.trust-every-caller=true,inbound.segments=shopper,pseudonym.key=k3y,"
            + "span.attributes-at-start=true");

    assertThat(settings.enabled()).isTrue();
    assertThat(settings.configFile()).isEqualTo(Path.of("touchpoints.yaml"));
    assertThat(settings.sdkEnabled()).isTrue();
    assertThat(settings.runtimeProperties())
        .containsEntry("touchpoint.inbound.trust-every-caller", "true")
        .containsEntry("touchpoint.inbound.segments", "shopper")
        .containsEntry("touchpoint.pseudonym.key", "k3y")
        .containsEntry("touchpoint.span.attributes-at-start", "true");
  }

  @Test
  void withoutArgumentsItRunsWithDefaults() {
    AgentSettings settings = AgentSettings.from(null);

    assertThat(settings.enabled()).isTrue();
    assertThat(settings.configFile()).isNull();
    assertThat(settings.sdkEnabled()).isFalse();
    assertThat(settings.runtimeProperties()).isEmpty();
  }
}
