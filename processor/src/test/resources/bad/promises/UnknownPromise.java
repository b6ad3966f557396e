package promises;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

@BrandPromise(value = "fast", within = "200ms")
public class UnknownPromise {

  @Touchpoint(value = "catalog.search", serves = CustomerKind.EXTERNAL)
  @BrandPromise("speedy")
  public void search() {}

  /** Refers to the class's "fast": fine. */
  @Touchpoint(value = "catalog.filter", serves = CustomerKind.EXTERNAL)
  @BrandPromise("fast")
  public void filter() {}
}
