package reach;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

public class Outer {

  public class Inner {
    @Touchpoint(value = "reach.inner", serves = CustomerKind.EXTERNAL)
    public void inner() {}
  }

  private static class Hidden {
    @Touchpoint(value = "reach.hidden-type", serves = CustomerKind.EXTERNAL)
    public void hiddenType() {}
  }
}
