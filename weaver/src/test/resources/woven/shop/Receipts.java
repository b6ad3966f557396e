package shop;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

public interface Receipts {

  @Touchpoint(value = "receipts.print", serves = CustomerKind.INTERNAL, customer = "support-agents")
  default String print(String order) {
    return "receipt for " + order;
  }
}
