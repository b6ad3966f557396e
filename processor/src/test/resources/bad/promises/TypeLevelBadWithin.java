package promises;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

@BrandPromise(value = "responsive", within = "2 s")
public class TypeLevelBadWithin {

  @Touchpoint(value = "catalog.one", serves = CustomerKind.EXTERNAL)
  public void one() {}

  @Touchpoint(value = "catalog.two", serves = CustomerKind.EXTERNAL)
  public void two() {}
}
