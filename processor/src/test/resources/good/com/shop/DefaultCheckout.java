package com.shop;

import java.util.concurrent.CompletableFuture;

/** The implementation the generated decorator wraps. */
public class DefaultCheckout implements Checkout {

  public final CompletableFuture<String> pendingQuote = new CompletableFuture<>();

  @Override
  public String placeOrder(String cart, int items) throws CheckoutException {
    if (items == 0) {
      throw new CheckoutException("empty cart " + cart);
    }
    return "receipt for " + cart;
  }

  @Override
  public CompletableFuture<String> quote(String cart) {
    return pendingQuote;
  }

  @Override
  public String describe(String cart) {
    return "cart " + cart;
  }
}
