package com.shop.forms;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

public class InMemoryRepository implements Repository<String> {

  @Override
  public String find(String id) {
    return "item-" + id;
  }

  @Override
  public String find(int number) {
    return "item#" + number;
  }

  @Override
  public List<String> findAll(String... ids) {
    return Arrays.asList(ids);
  }

  @Override
  public <R> R map(String item, Function<? super String, ? extends R> mapping) {
    return mapping.apply(item);
  }

  @Override
  public CompletionStage<String> load(String id) {
    return id.isEmpty()
        ? CompletableFuture.failedFuture(new IllegalStateException("nothing to load"))
        : CompletableFuture.completedFuture("loaded-" + id);
  }

  @Override
  public <E extends Exception> void check(String item, Supplier<E> failure) throws E {
    if (item.isEmpty()) {
      throw failure.get();
    }
  }
}
