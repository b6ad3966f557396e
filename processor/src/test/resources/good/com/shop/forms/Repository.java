package com.shop.forms;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/** Generic type, generic methods, overloads, varargs, generic exceptions, CompletionStage. */
public interface Repository<T extends Comparable<T>> {

  @Touchpoint(value = "repo.find-by-id", serves = CustomerKind.INTERNAL, customer = "support-agents")
  T find(String id);

  @Touchpoint(value = "repo.find-by-number", serves = CustomerKind.INTERNAL, customer = "support-agents")
  T find(int number);

  @Touchpoint(value = "repo.find-all", serves = CustomerKind.INTERNAL, customer = "support-agents")
  List<T> findAll(String... ids);

  @Touchpoint(value = "repo.map", serves = CustomerKind.INTERNAL, customer = "support-agents")
  <R> R map(T item, Function<? super T, ? extends R> mapping);

  @Touchpoint(value = "repo.load", serves = CustomerKind.INTERNAL, customer = "support-agents")
  CompletionStage<T> load(String id);

  @Touchpoint(value = "repo.check", serves = CustomerKind.INTERNAL, customer = "support-agents")
  <E extends Exception> void check(T item, Supplier<E> failure) throws E;
}
