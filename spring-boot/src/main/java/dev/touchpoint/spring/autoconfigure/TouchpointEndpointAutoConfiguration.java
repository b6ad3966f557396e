package dev.touchpoint.spring.autoconfigure;

import dev.touchpoint.spring.actuate.ExperienceMaps;
import dev.touchpoint.spring.actuate.TouchpointInfoContributor;
import dev.touchpoint.spring.actuate.TouchpointsEndpoint;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/** {@code /actuator/touchpoints} and the {@code touchpoint} entry of {@code /actuator/info}, with Spring Boot's actuator. */
@AutoConfiguration(after = TouchpointAutoConfiguration.class)
@ConditionalOnClass(name = {"org.springframework.boot.actuate.endpoint.annotation.Endpoint",
    "tools.jackson.databind.json.JsonMapper"})
public class TouchpointEndpointAutoConfiguration {

  @Bean
  ExperienceMaps touchpointExperienceMaps(ApplicationContext context) {
    return ExperienceMaps.load(context.getClassLoader());
  }

  @Bean
  @ConditionalOnAvailableEndpoint
  TouchpointsEndpoint touchpointsEndpoint(ExperienceMaps maps) {
    return new TouchpointsEndpoint(maps);
  }

  @Bean
  @ConditionalOnEnabledInfoContributor("touchpoint")
  TouchpointInfoContributor touchpointInfoContributor(ExperienceMaps maps) {
    return new TouchpointInfoContributor(maps);
  }
}
