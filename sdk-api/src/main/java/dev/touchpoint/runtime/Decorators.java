package dev.touchpoint.runtime;

import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds the generated {@link DecoratorFactory} of an interface, once per interface. */
public final class Decorators {

  private static final ClassValue<Optional<DecoratorFactory>> FACTORIES =
      new ClassValue<>() {
        @Override
        protected Optional<DecoratorFactory> computeValue(Class<?> type) {
          return find(type);
        }
      };

  private Decorators() {}

  /**
   * Decorates {@code delegate} with the generated decorator of {@code type}.
   *
   * @throws IllegalArgumentException when an argument is null, {@code type} is not an interface,
   *     or no decorator was generated for it
   */
  public static <T> T decorate(Class<T> type, T delegate) {
    Arguments.requireNonNull(type, "type", "pass the interface to decorate, e.g. Checkout.class");
    Arguments.requireNonNull(delegate, "delegate", "pass the implementation to decorate");
    if (!type.isInterface()) {
      throw new IllegalArgumentException(type.getName() + " is not an interface: decorators are"
          + " generated for interfaces; for a class, instantiate the generated subclass "
          + type.getSimpleName() + "Touchpoints instead");
    }
    DecoratorFactory factory = FACTORIES.get(type).orElseThrow(() -> new IllegalArgumentException(
        "no touchpoint decorator was generated for " + type.getName() + ": annotate at least one"
            + " of its methods with @Touchpoint and run the Touchpoint annotation processor"
            + " (add touchpoint-processor to annotationProcessorPaths)"));
    return type.cast(factory.decorate(delegate));
  }

  private static Optional<DecoratorFactory> find(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    Iterator<DecoratorFactory> factories =
        ServiceLoader.load(DecoratorFactory.class, loader == null ? ClassLoader.getSystemClassLoader() : loader)
            .iterator();
    while (true) {
      try {
        if (!factories.hasNext()) {
          return Optional.empty();
        }
        DecoratorFactory factory = factories.next();
        if (factory.decoratedType() == type) {
          return Optional.of(factory);
        }
      } catch (ServiceConfigurationError broken) {
        // Another jar's stale registration must not hide this type's decorator: skip it.
        InternalErrors.report("load a generated decorator registration", broken);
      }
    }
  }
}
