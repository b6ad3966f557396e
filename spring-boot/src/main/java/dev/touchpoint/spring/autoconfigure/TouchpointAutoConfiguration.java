package dev.touchpoint.spring.autoconfigure;

import dev.touchpoint.spring.beans.GeneratedFormBeans;
import dev.touchpoint.spring.inbound.InboundAdmission;
import dev.touchpoint.spring.inbound.TrustedPeers;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Touchpoint in a Spring Boot application, with no code: touchpoints record into the application's
 * OpenTelemetry bean, beans whose classes have a generated instrumented form are created in it, and
 * {@code touchpoint.*} configures the inbound policy and the pseudonym key. The web, client and
 * actuator parts are auto-configurations of their own, each on when the application has what it needs.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration",
    "io.opentelemetry.instrumentation.spring.autoconfigure.OpenTelemetryAutoConfiguration"})
@EnableConfigurationProperties(TouchpointProperties.class)
public class TouchpointAutoConfiguration {

  /** Registered early, as a bean factory post-processor must be, so it takes no injected arguments. */
  @Bean
  static GeneratedFormBeans touchpointGeneratedFormBeans() {
    return new GeneratedFormBeans();
  }

  @Bean
  OpenTelemetryBinding touchpointOpenTelemetryBinding(ConfigurableListableBeanFactory beans,
      TouchpointProperties properties, ConfigurableEnvironment environment) {
    TouchpointSettings.apply(properties, environment);
    return OpenTelemetryBinding.bind(beans);
  }

  @Bean
  InboundAdmission touchpointInboundAdmission(TouchpointProperties properties) {
    return new InboundAdmission(TrustedPeers.of(properties.getInbound().getTrustedPeers()));
  }
}
