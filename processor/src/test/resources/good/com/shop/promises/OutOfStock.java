package com.shop.promises;

public class OutOfStock extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutOfStock() {
    super("out of stock");
  }
}
