package com.shop.forms;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

/** Inherits a touchpoint from BaseService: its subclass instruments both. */
public class PremiumService extends BaseService {

  @Touchpoint(value = "service.upgrade", serves = CustomerKind.EXTERNAL, customer = "subscriber")
  public String upgrade() {
    return "upgraded";
  }
}
