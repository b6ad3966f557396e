package dev.touchpoint.processor.check;

import javax.lang.model.element.ExecutableElement;

/** How messages name code: short enough to read, precise enough to find. */
public final class Describe {

  private Describe() {}

  /** {@code Checkout.placeOrder(com.shop.Cart)}. */
  public static String method(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method;
  }
}
