package dev.touchpoint.examples.generated;

import dev.touchpoint.BrandPromise;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;

/**
 * Signs shoppers up for the newsletter. The processor generates {@code NewsletterTouchpoints}, a
 * subclass that instruments {@link #subscribe}; the application creates that instead of this class
 * ({@code new NewsletterTouchpoints()}), or registers it with its container. Generated code can
 * only override, so the class and the method stay open to subclasses.
 */
public class Newsletter {

  @Touchpoint(value = "newsletter.subscribe", serves = CustomerKind.EXTERNAL, customer = "shopper")
  @BrandPromise(value = "fast", within = "200ms")
  public String subscribe(String topic) {
    return "subscribed to " + topic;
  }
}
