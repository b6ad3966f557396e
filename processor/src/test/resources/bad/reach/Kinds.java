package reach;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

public class Kinds {

  public enum Plan {
    BASIC;

    @Touchpoint(value = "reach.enum", serves = CustomerKind.EXTERNAL)
    public void choose() {}
  }

  public record Receipt(String id) {
    @Touchpoint(value = "reach.record", serves = CustomerKind.EXTERNAL)
    public void print() {}
  }

  public sealed interface Channel permits Web {
    @Touchpoint(value = "reach.sealed", serves = CustomerKind.EXTERNAL)
    void open();
  }

  public static final class Web implements Channel {
    @Override
    public void open() {}
  }
}
