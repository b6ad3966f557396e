package reach;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

public class Singleton {

  public static final Singleton INSTANCE = new Singleton();

  private Singleton() {}

  @Touchpoint(value = "reach.singleton", serves = CustomerKind.INTERNAL)
  public void serve() {}
}
