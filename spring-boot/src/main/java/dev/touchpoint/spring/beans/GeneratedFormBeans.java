package dev.touchpoint.spring.beans;

import dev.touchpoint.declaration.GeneratedForms;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.util.ClassUtils;

/**
 * Makes the container create the generated, instrumented form of every bean whose class the
 * Touchpoint annotation processor generated one for: the bean definition's class becomes the
 * generated subclass, before anything is created. The subclass keeps everything Spring looks for:
 * it inherits the class's annotations ({@code @RestController}, {@code @Transactional}) as Spring
 * searches class hierarchies, repeats its constructors with their annotations, so injection points
 * stay as they were, and is a plain class that Spring's proxies can subclass in turn.
 *
 * <p>A bean made by a {@code @Bean} method is made by the application's own code, which this cannot
 * change: such a bean that turns out to be of the plain class is reported once, with what to do.
 * Classes woven at build time have no generated form and need none.
 */
public final class GeneratedFormBeans implements BeanFactoryPostProcessor, BeanPostProcessor {

  private static final Logger log = LoggerFactory.getLogger(GeneratedFormBeans.class);

  /** Per class of a bean: whether it has a generated form; each class is looked up once. */
  private final Map<Class<?>, Boolean> hasGeneratedForm = new ConcurrentHashMap<>();
  private ClassLoader loader = ClassUtils.getDefaultClassLoader();

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) throws BeansException {
    if (beans.getBeanClassLoader() != null) {
      loader = beans.getBeanClassLoader();
    }
    int swapped = 0;
    for (String name : beans.getBeanDefinitionNames()) {
      BeanDefinition definition = beans.getBeanDefinition(name);
      if (definition instanceof AbstractBeanDefinition bean && bean.getFactoryMethodName() == null
          && bean.getBeanClassName() != null) {
        Class<?> generated = generatedFormOf(bean.getBeanClassName());
        if (generated != null) {
          bean.setBeanClass(generated);
          swapped++;
          log.debug("Touchpoint: bean '{}' is created as {}", name, generated.getName());
        }
      }
    }
    if (swapped > 0) {
      log.info("Touchpoint: {} beans are created in the instrumented form the annotation processor generated", swapped);
    }
  }

  private Class<?> generatedFormOf(String className) {
    try {
      return GeneratedForms.of(ClassUtils.forName(className, loader), loader);
    } catch (ClassNotFoundException | LinkageError unresolvable) {
      return null;
    }
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    Class<?> type = AopUtils.getTargetClass(bean);
    if (hasGeneratedForm.containsKey(type)) {
      return bean;
    }
    boolean plainWithGeneratedForm = GeneratedForms.of(type, loader) != null;
    if (hasGeneratedForm.putIfAbsent(type, plainWithGeneratedForm) == null && plainWithGeneratedForm) {
      log.warn("Touchpoint: bean '{}' is a plain {}, so its touchpoints record nothing. It is made by a @Bean method"
          + " or registered by hand: create new {}(...) there instead, or weave the class at build time"
          + " (docs/build.md).", name, type.getName(), GeneratedForms.nameOf(type));
    }
    return bean;
  }
}
