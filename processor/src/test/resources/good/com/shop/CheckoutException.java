package com.shop;

public class CheckoutException extends Exception {
  private static final long serialVersionUID = 1L;

  public CheckoutException(String message) {
    super(message);
  }
}
