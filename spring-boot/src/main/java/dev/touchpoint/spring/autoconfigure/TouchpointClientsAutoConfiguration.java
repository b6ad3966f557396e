package dev.touchpoint.spring.autoconfigure;

import dev.touchpoint.spring.outbound.EndCustomerStrippingFilter;
import dev.touchpoint.spring.outbound.EndCustomerStrippingInterceptor;
import dev.touchpoint.spring.outbound.TrustedHosts;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.RestTemplateCustomizer;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The calls the application makes through the clients Spring Boot builds ({@code RestClient.Builder},
 * {@code RestTemplateBuilder}, {@code WebClient.Builder}) carry the end customer only to the hosts in
 * {@code touchpoint.outbound.trusted-hosts}.
 */
@AutoConfiguration(after = TouchpointAutoConfiguration.class)
public class TouchpointClientsAutoConfiguration {

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.restclient.RestClientCustomizer")
  static class Blocking {

    @Bean
    EndCustomerStrippingInterceptor touchpointEndCustomerStrippingInterceptor(TouchpointProperties properties) {
      return new EndCustomerStrippingInterceptor(TrustedHosts.of(properties.getOutbound().getTrustedHosts()));
    }

    @Bean
    RestClientCustomizer touchpointRestClientCustomizer(EndCustomerStrippingInterceptor interceptor) {
      return builder -> builder.requestInterceptor(interceptor);
    }

    @Bean
    RestTemplateCustomizer touchpointRestTemplateCustomizer(EndCustomerStrippingInterceptor interceptor) {
      return restTemplate -> restTemplate.getInterceptors().add(interceptor);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.webclient.WebClientCustomizer")
  static class Reactive {

    @Bean
    WebClientCustomizer touchpointWebClientCustomizer(TouchpointProperties properties) {
      EndCustomerStrippingFilter filter =
          new EndCustomerStrippingFilter(TrustedHosts.of(properties.getOutbound().getTrustedHosts()));
      return builder -> builder.filter(filter);
    }
  }
}
