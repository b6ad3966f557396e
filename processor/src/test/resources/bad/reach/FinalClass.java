package reach;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

public final class FinalClass {

  @Touchpoint(value = "reach.final-class", serves = CustomerKind.EXTERNAL)
  public void pay() {}
}
