package clash;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

public class Billing {

  @Touchpoint(value = "checkout.pay", serves = CustomerKind.INTERNAL, customer = "finance")
  public void pay() {}

  /** The same name for the same experience is fine: an overload, or interface and implementation. */
  @Touchpoint(value = "checkout.quote", serves = CustomerKind.EXTERNAL, customer = "shopper")
  public void quote() {}
}
