package shop;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.Control;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Recovery;
import dev.touchpoint.Touchpoint;
import java.util.concurrent.CompletableFuture;

/**
 * Final, with private, static and final touchpoints, an asynchronous one, a recovery path and a
 * control: only weaving reaches most of these.
 */
public final class Checkout {

  @Touchpoint(value = "checkout.place-order", serves = CustomerKind.EXTERNAL, customer = "shopper")
  @BrandPromise(value = "fast", within = "2s")
  public String placeOrder(String order) {
    return order.startsWith("retry") ? resubmit(order) : quote(order) + " " + screen(order);
  }

  @Touchpoint(value = "checkout.quote", serves = CustomerKind.EXTERNAL, customer = "shopper")
  private static String quote(String order) {
    return "quoted " + order;
  }

  @Recovery("checkout.resubmit")
  private String resubmit(String order) {
    return "resubmitted " + order;
  }

  /** Ends when the payment does: the span covers the wait, not just the call. */
  @Touchpoint(value = "checkout.confirm", serves = CustomerKind.EXTERNAL, customer = "shopper")
  public CompletableFuture<String> confirm(CompletableFuture<String> payment) {
    return payment.thenApply(paid -> "confirmed after " + paid);
  }

  @Control("fraud-check")
  private final String screen(String order) {
    return "screened";
  }
}
