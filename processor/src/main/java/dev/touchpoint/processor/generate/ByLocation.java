package dev.touchpoint.processor.generate;

import dev.touchpoint.processor.model.MethodSignature;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Sorts declarations by class, method and descriptor, so that files written from them are the same for the same code. */
final class ByLocation {

  private static final Comparator<MethodSignature> ORDER =
      Comparator.comparing(MethodSignature::className)
          .thenComparing(MethodSignature::methodName)
          .thenComparing(MethodSignature::descriptor);

  private ByLocation() {}

  static <T> List<T> sorted(List<T> items, Function<T, MethodSignature> signature) {
    return items.stream().sorted(Comparator.comparing(signature, ORDER)).toList();
  }
}
