package com.shop;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Recovery;
import dev.touchpoint.Touchpoint;

/** A class: instrumented by a generated subclass. */
public class Payments {

  private final String acquirer;

  public Payments(String acquirer) {
    this.acquirer = acquirer;
  }

  protected Payments() {
    this("default-acquirer");
  }

  @Touchpoint(value = "payments.authorise", serves = CustomerKind.PARTNER, customer = "card-acquirer")
  @BrandPromise("fast")
  public long authorise(long cents) {
    if (cents <= 0) {
      throw new IllegalArgumentException("nothing to authorise");
    }
    return cents;
  }

  @Touchpoint(value = "payments.convert", serves = CustomerKind.PARTNER, customer = "card-acquirer")
  protected <T extends Number> String convert(T amount, String... currencies) {
    return amount + " in " + String.join(",", currencies) + " via " + acquirer;
  }

  @Recovery("payments.retry")
  public long retry(long cents) {
    return authorise(cents);
  }

  /** Not a touchpoint: inherited untouched. */
  public String acquirer() {
    return acquirer;
  }
}
