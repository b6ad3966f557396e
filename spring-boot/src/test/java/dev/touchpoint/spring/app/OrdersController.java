package dev.touchpoint.spring.app;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrdersController {

  private final Loyalty loyalty;
  private final Calls calls;

  public OrdersController(Loyalty loyalty, Calls calls) {
    this.loyalty = loyalty;
    this.calls = calls;
  }

  @GetMapping("/orders/{id}")
  @Touchpoint(value = "orders.show", serves = CustomerKind.EXTERNAL, customer = "shopper", journey = "orders")
  public String show(@PathVariable String id) {
    return "order " + id + (loyalty.addPoints(id, 5) ? " with points" : " without points");
  }

  /** A handler with no touchpoint that calls the next service: what does it pass on? */
  @GetMapping("/forward")
  @SuppressWarnings("touchpoint")
  public String forward(@RequestHeader("host") String host) {
    return calls.baggageForwardedTo("http://" + host + "/baggage");
  }

  /** What a call to this service carried as baggage, for the tests of outbound calls. */
  @GetMapping("/baggage")
  @SuppressWarnings("touchpoint")
  public String baggage(@RequestHeader(name = "baggage", required = false) String baggage) {
    return baggage == null ? "(no baggage)" : baggage;
  }
}
