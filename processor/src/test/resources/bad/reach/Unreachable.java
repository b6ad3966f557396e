package reach;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

public class Unreachable {

  @Touchpoint(value = "reach.private", serves = CustomerKind.EXTERNAL)
  private void hidden() {}

  @Touchpoint(value = "reach.static", serves = CustomerKind.EXTERNAL)
  public static void shared() {}

  @Touchpoint(value = "reach.final", serves = CustomerKind.EXTERNAL)
  public final void fixed() {}

  @Touchpoint(value = "reach.fine", serves = CustomerKind.EXTERNAL)
  public void fine() {
    hidden();
  }
}
