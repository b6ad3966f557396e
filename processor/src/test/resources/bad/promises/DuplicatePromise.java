package promises;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

public class DuplicatePromise {

  @Touchpoint(value = "catalog.compare", serves = CustomerKind.EXTERNAL)
  @BrandPromise(value = "fast", within = "1s")
  @BrandPromise(value = "fast", within = "2s")
  public void compare() {}
}
