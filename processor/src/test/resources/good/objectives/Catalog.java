package objectives;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

@BrandPromise(value = "fast", within = "300ms", objective = "99.5%")
@BrandPromise(value = "right-first-time")
public class Catalog {

  @Touchpoint(value = "catalog.browse", serves = CustomerKind.EXTERNAL)
  public void browse() {}

  @Touchpoint(value = "catalog.search", serves = CustomerKind.EXTERNAL)
  @BrandPromise(value = "fast", objective = "99.95%")
  public void search() {}

  @Touchpoint(value = "catalog.recommend", serves = CustomerKind.EXTERNAL)
  @BrandPromise(value = "relevant", objective = "90%")
  public void recommend() {}
}
