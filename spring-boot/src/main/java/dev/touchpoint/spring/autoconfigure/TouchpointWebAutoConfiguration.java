package dev.touchpoint.spring.autoconfigure;

import dev.touchpoint.spring.inbound.InboundAdmission;
import dev.touchpoint.spring.inbound.InboundCustomerFilter;
import dev.touchpoint.spring.inbound.InboundCustomerWebFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The edge of a web application: every request's end customer is admitted under the inbound policy
 * before the application sees it. Off with {@code touchpoint.inbound.enabled=false}.
 */
@AutoConfiguration(after = TouchpointAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "touchpoint.inbound.enabled", matchIfMissing = true)
public class TouchpointWebAutoConfiguration {

  /** Right after Spring's tracing filter (HIGHEST_PRECEDENCE + 1), so the request's span is current. */
  static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = {"jakarta.servlet.Filter", "org.springframework.web.filter.OncePerRequestFilter"})
  static class Servlet {

    @Bean
    FilterRegistrationBean<InboundCustomerFilter> touchpointInboundCustomerFilter(InboundAdmission admission) {
      FilterRegistrationBean<InboundCustomerFilter> registration =
          new FilterRegistrationBean<>(new InboundCustomerFilter(admission));
      registration.setOrder(FILTER_ORDER);
      registration.setName("touchpointInboundCustomerFilter");
      return registration;
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
  @ConditionalOnClass(name = "org.springframework.web.server.WebFilter")
  static class Reactive {

    @Bean
    @Order(FILTER_ORDER)
    InboundCustomerWebFilter touchpointInboundCustomerWebFilter(InboundAdmission admission) {
      return new InboundCustomerWebFilter(admission);
    }
  }
}
