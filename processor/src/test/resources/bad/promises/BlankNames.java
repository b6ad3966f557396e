package promises;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Recovery;
import dev.touchpoint.Touchpoint;

public class BlankNames {

  @Touchpoint(value = "  ", serves = CustomerKind.EXTERNAL)
  public void unnamed() {}

  @Touchpoint(value = "catalog.blank-customer", serves = CustomerKind.EXTERNAL, customer = " ")
  public void blankCustomer() {}

  @Touchpoint(value = "catalog.blank-promise", serves = CustomerKind.EXTERNAL)
  @BrandPromise(" ")
  public void blankPromise() {}

  @Recovery("")
  public void blankRecovery() {}
}
