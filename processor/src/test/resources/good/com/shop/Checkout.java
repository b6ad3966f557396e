package com.shop;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;
import java.util.concurrent.CompletableFuture;

public interface Checkout {

  @Touchpoint(value = "checkout.place-order", serves = CustomerKind.EXTERNAL,
      customer = "shopper", journey = "checkout", owner = "checkout-team")
  @BrandPromise(value = "fast", within = "300ms")
  String placeOrder(String cart, int items) throws CheckoutException;

  @Touchpoint(serves = CustomerKind.EXTERNAL, customer = "shopper", journey = "checkout")
  CompletableFuture<String> quote(String cart);

  /** Not a touchpoint: the decorator passes it straight through. */
  String describe(String cart);

  @Touchpoint(value = "checkout.cancel", serves = CustomerKind.EXTERNAL, customer = "shopper")
  default void cancel(String orderId) {
    if (orderId.isEmpty()) {
      throw new IllegalArgumentException("no order to cancel");
    }
  }
}
