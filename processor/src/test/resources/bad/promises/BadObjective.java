package promises;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

public class BadObjective {

  @Touchpoint(value = "catalog.browse", serves = CustomerKind.EXTERNAL)
  @BrandPromise(value = "fast", within = "300ms", objective = "100%")
  public void browse() {}

  @Touchpoint(value = "catalog.search", serves = CustomerKind.EXTERNAL)
  @BrandPromise(value = "relevant", objective = "0.995")
  public void search() {}
}
