package com.shop.forms;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

public class BaseService {

  @Touchpoint(value = "service.serve", serves = CustomerKind.EXTERNAL, customer = "subscriber")
  public String serve() {
    return "served";
  }
}
