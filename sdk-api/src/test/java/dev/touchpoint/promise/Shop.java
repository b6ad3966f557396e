package dev.touchpoint.promise;

import dev.touchpoint.ControlDefinition;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Experience;
import dev.touchpoint.RecoveryDefinition;
import dev.touchpoint.TouchpointDefinition;
import java.util.concurrent.TimeUnit;

/** Touchpoints, recovery paths and controls the promise tests run blocks through. */
final class Shop {

  static final class OutOfStock extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfStock() {
      super("out of stock");
    }
  }

  static final class DiscontinuedItem extends IllegalStateException {
    private static final long serialVersionUID = 1L;
  }

  static final TouchpointDefinition PLACE_ORDER =
      Experience.touchpoint("checkout.place-order", CustomerKind.EXTERNAL)
          .customer("shopper")
          .journey("checkout")
          .promise("fast", "2s")
          .promise("right-first-time", "", OutOfStock.class)
          .build();

  static final TouchpointDefinition AUTHORISE =
      Experience.touchpoint("payments.authorise", CustomerKind.PARTNER)
          .customer("card-acquirer")
          .journey("checkout")
          .promise("fast", "300ms")
          .build();

  /** A bound no real call keeps when it sleeps a little. */
  static final TouchpointDefinition QUICK_LOOKUP =
      Experience.touchpoint("catalog.lookup", CustomerKind.EXTERNAL)
          .customer("shopper")
          .promise("instant", "1ms")
          .promise("right-first-time")
          .build();

  static final TouchpointDefinition RESTOCK =
      Experience.touchpoint("inventory.restock", CustomerKind.INTERNAL)
          .customer("warehouse")
          .journey("replenishment")
          .promise("right-first-time", "", IllegalStateException.class)
          .build();

  static final RecoveryDefinition RETRY = Experience.recovery("payments.retry");
  static final ControlDefinition FRAUD_CHECK = Experience.control("fraud-check");
  static final ControlDefinition SANCTIONS = Experience.control("sanctions-screening");

  private Shop() {}

  static void pause(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
