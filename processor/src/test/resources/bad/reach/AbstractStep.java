package reach;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

public abstract class AbstractStep {

  @Touchpoint(value = "reach.abstract", serves = CustomerKind.EXTERNAL)
  public abstract void run();
}
