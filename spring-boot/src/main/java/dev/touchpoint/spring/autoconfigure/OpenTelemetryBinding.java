package dev.touchpoint.spring.autoconfigure;

import dev.touchpoint.runtime.TouchpointRuntime;
import io.opentelemetry.api.OpenTelemetry;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.core.type.MethodMetadata;

/**
 * Binds Touchpoint to the application's {@link OpenTelemetry} bean, whoever made it: Spring Boot's
 * own OpenTelemetry support, OpenTelemetry's Spring Boot starter, or the application's
 * configuration. Without such a bean, Touchpoint records where it does outside Spring: into the
 * OpenTelemetry Java agent's SDK, or the global instance. Either way the runtime says in one line
 * what it records into. When the context closes, Touchpoint lets go of the bean, which closes too.
 */
final class OpenTelemetryBinding implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(OpenTelemetryBinding.class);

  /** Who declares the bean, by the package of the class whose method makes it. */
  private static final Map<String, String> MAKERS = Map.of(
      "org.springframework.boot.", "Spring Boot's OpenTelemetry support",
      "io.opentelemetry.instrumentation.spring.", "OpenTelemetry's Spring Boot starter");

  /** The bean bound to; null when Touchpoint records where it does outside Spring. */
  private final OpenTelemetry bound;

  private OpenTelemetryBinding(OpenTelemetry bound) {
    this.bound = bound;
  }

  static OpenTelemetryBinding bind(ConfigurableListableBeanFactory beans) {
    String[] names = beans.getBeanNamesForType(OpenTelemetry.class);
    String name = names.length == 1 ? names[0] : primary(beans, names);
    if (name == null) {
      if (names.length > 1) {
        log.warn("Touchpoint found {} OpenTelemetry beans ({}) and none is @Primary; it records into the global"
            + " OpenTelemetry instead. Mark the application's own @Primary.", names.length, String.join(", ", names));
      }
      TouchpointRuntime.useGlobalOpenTelemetry();
      return new OpenTelemetryBinding(null);
    }
    OpenTelemetry openTelemetry = beans.getBean(name, OpenTelemetry.class);
    TouchpointRuntime.useOpenTelemetry(openTelemetry, "the application's OpenTelemetry bean '" + name + "' ("
        + maker(beans, name) + ")");
    return new OpenTelemetryBinding(openTelemetry);
  }

  private static String primary(ConfigurableListableBeanFactory beans, String[] names) {
    String found = null;
    for (String name : names) {
      if (beans.containsBeanDefinition(name) && beans.getBeanDefinition(name).isPrimary()) {
        if (found != null) {
          return null;
        }
        found = name;
      }
    }
    return found;
  }

  /** Says who made the bean, so that a reader of the start-up line knows which configuration is in charge. */
  static String maker(ConfigurableListableBeanFactory beans, String name) {
    if (!beans.containsBeanDefinition(name)) {
      return "registered directly";
    }
    BeanDefinition definition = beans.getBeanDefinition(name);
    String declaringClass = definition.getBeanClassName();
    if (definition instanceof AnnotatedBeanDefinition annotated) {
      MethodMetadata factoryMethod = annotated.getFactoryMethodMetadata();
      if (factoryMethod != null) {
        declaringClass = factoryMethod.getDeclaringClassName();
      }
    }
    if (declaringClass == null) {
      return "the application's configuration";
    }
    for (Map.Entry<String, String> maker : MAKERS.entrySet()) {
      if (declaringClass.startsWith(maker.getKey())) {
        return maker.getValue();
      }
    }
    return "the application's configuration, " + declaringClass;
  }

  /** The bean is closed with the context: Touchpoint lets go of it first, quietly. */
  @Override
  public void destroy() {
    TouchpointRuntime.release(bound);
  }
}
