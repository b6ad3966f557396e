package dev.touchpoint.spring.plain;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

public class GiftCards {

  @Touchpoint(value = "gift-cards.redeem", serves = CustomerKind.EXTERNAL, customer = "shopper")
  public String redeem(String code) {
    return "redeemed " + code;
  }
}
