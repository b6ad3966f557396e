package names;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Recovery;
import dev.touchpoint.Touchpoint;

/** Names a JSON writer must escape: quotes, backslashes, control characters and unicode. */
public class OddNames {

  @Touchpoint(value = "checkout \"express\" \\ lane", serves = CustomerKind.EXTERNAL,
      customer = "café ☕ 😀", journey = "tab\tand\u0001control", owner = "line\u2028separator")
  @BrandPromise(value = "fast \"really\"", within = "300ms")
  public void express() {}

  @Recovery("apology \\ \"sorry\"")
  public void apologise() {}
}
