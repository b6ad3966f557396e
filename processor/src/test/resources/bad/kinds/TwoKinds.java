package kinds;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Recovery;
import dev.touchpoint.Touchpoint;

public class TwoKinds {

  @Touchpoint(value = "kinds.both", serves = CustomerKind.EXTERNAL)
  @Recovery("kinds.both")
  public void both() {}
}
