package dev.touchpoint.runtime;

/**
 * Makes the generated touchpoint decorator of one interface. The annotation processor writes an
 * implementation for each interface with {@code @Touchpoint} methods and registers it in
 * {@code META-INF/services/dev.touchpoint.runtime.DecoratorFactory}, so that
 * {@link dev.touchpoint.Experience#decorate} finds it through {@link java.util.ServiceLoader}
 * without reflection on class names.
 */
public interface DecoratorFactory {

  /** The interface this factory decorates. */
  Class<?> decoratedType();

  /** Returns a decorator that runs {@code delegate}'s touchpoint methods as touchpoints. */
  Object decorate(Object delegate);
}
