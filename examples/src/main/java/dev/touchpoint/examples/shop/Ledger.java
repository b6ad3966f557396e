package dev.touchpoint.examples.shop;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Experience;
import dev.touchpoint.TouchpointDefinition;

/** Finance reconciles the day's orders: an internal customer, served by the same codebase. */
final class Ledger {

  static final TouchpointDefinition RECONCILE =
      Experience.touchpoint("ledger.reconcile", CustomerKind.INTERNAL)
          .customer("finance")
          .owner("payments-team")
          .promise("right-first-time")
          .build();

  int reconcile(int orders) {
    return RECONCILE.call(() -> orders);
  }
}
