package com.shop.forms;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

/** Inherits a touchpoint from Shop.Returns: its decorator instruments both. */
public interface Tracking extends Shop.Returns {

  @Touchpoint(value = "returns.track", serves = CustomerKind.EXTERNAL, customer = "shopper")
  String track(String order);
}
