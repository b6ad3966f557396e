package dev.touchpoint.examples.loyalty;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where a shopper asks for their points. The shopper's id comes in the body, never in the URL that spans record. */
@RestController
public class PointsController {

  private final PointsLedger ledger;

  public PointsController(PointsLedger ledger) {
    this.ledger = ledger;
  }

  @PostMapping("/points/balance")
  @Touchpoint(value = "loyalty.show-points", serves = CustomerKind.EXTERNAL, customer = "shopper", journey = "loyalty",
      owner = "loyalty-team")
  @BrandPromise(value = "fast", within = "200ms")
  public String balance(@RequestParam String shopper) {
    return ledger.balance(shopper) + " points";
  }
}
