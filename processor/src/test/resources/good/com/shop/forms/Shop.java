package com.shop.forms;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

/** Nested types get Shop_LedgerTouchpoints and Shop_ReturnsTouchpoints. */
public class Shop {

  public static class Ledger {
    @Touchpoint(value = "ledger.reconcile", serves = CustomerKind.INTERNAL, customer = "finance")
    public int reconcile(int orders) {
      return orders;
    }
  }

  public interface Returns {
    @Touchpoint(value = "returns.accept", serves = CustomerKind.EXTERNAL, customer = "shopper")
    String accept(String order);
  }
}
