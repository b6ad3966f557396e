package dev.touchpoint.examples.storefront;

import dev.touchpoint.Control;
import java.util.concurrent.TimeUnit;

/**
 * Screens orders before payment. A control: it protects the business, not the shopper, so
 * Touchpoint measures how much of the shopper's wait it takes ({@code cx.control.time_share}).
 */
final class FraudScreen {

  static final long MANUAL_REVIEW_ABOVE_CENTS = 100_000;

  @Control("fraud-check")
  void screen(Order order) {
    // Orders above 1,000.00 wait for a (simulated) manual review; the rest are scored at once.
    pause(order.cents() > MANUAL_REVIEW_ABOVE_CENTS ? 350 : 5);
  }

  private static void pause(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
