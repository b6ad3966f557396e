package dev.touchpoint.spring.own;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

public class Receipts {

  @Touchpoint(value = "receipts.send", serves = CustomerKind.EXTERNAL, customer = "shopper")
  public String send(String order) {
    return "sent " + order;
  }
}
