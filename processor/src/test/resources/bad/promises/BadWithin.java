package promises;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

public class BadWithin {

  @Touchpoint(value = "catalog.browse", serves = CustomerKind.EXTERNAL)
  @BrandPromise(value = "fast", within = "quick")
  public void browse() {}
}
