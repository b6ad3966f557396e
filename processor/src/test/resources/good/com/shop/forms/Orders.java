package com.shop.forms;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;
import java.util.concurrent.CompletableFuture;

/** A generic class with a constructor that throws, a varargs constructor and a package-private method. */
public class Orders<K> {

  private final K region;

  public Orders(K region) throws java.io.IOException {
    if (region == null) {
      throw new java.io.IOException("no region");
    }
    this.region = region;
  }

  Orders(K region, String... tags) {
    this.region = region;
  }

  @Touchpoint(value = "orders.ship", serves = CustomerKind.EXTERNAL, customer = "shopper")
  CompletableFuture<String> ship(K order) {
    return CompletableFuture.completedFuture(order + " shipped from " + region);
  }
}
