package clash;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

public interface Checkout {

  @Touchpoint(value = "checkout.pay", serves = CustomerKind.EXTERNAL, customer = "shopper")
  void pay();

  @Touchpoint(value = "checkout.quote", serves = CustomerKind.EXTERNAL, customer = "shopper")
  void quote();
}
