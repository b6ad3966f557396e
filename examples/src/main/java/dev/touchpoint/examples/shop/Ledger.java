package dev.touchpoint.examples.shop;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

/** Finance reconciles the day's orders: an internal customer, served by the same codebase. */
public class Ledger {

  @Touchpoint(value = "ledger.reconcile", serves = CustomerKind.INTERNAL,
      customer = "finance", owner = "payments-team")
  public int reconcile(int orders) {
    return orders;
  }
}
