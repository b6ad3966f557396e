package com.shop.promises;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.Control;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Recovery;
import dev.touchpoint.Touchpoint;

public class Store {

  @Touchpoint(value = "store.reserve", serves = CustomerKind.EXTERNAL, customer = "shopper", journey = "checkout")
  @BrandPromise(value = "fast", within = "2s")
  public String reserve(String item) {
    switch (item) {
      case "gone":
        throw new OutOfStock();
      case "broken":
        throw new IllegalStateException("shelf collapsed");
      case "retry":
        return retry(item);
      case "checked":
        return check(item);
      default:
        return "reserved " + item;
    }
  }

  @Recovery("store.retry")
  public String retry(String item) {
    return "retried " + item;
  }

  @Control("stock-check")
  public String check(String item) {
    try {
      Thread.sleep(40);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    return "checked " + item;
  }

  @Recovery("store.apology")
  private void apologise() {}
}
