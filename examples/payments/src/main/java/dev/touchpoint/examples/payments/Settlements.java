package dev.touchpoint.examples.payments;

import java.util.concurrent.atomic.AtomicLong;

/** The day's authorised payments, as finance will reconcile them. */
final class Settlements {

  private final AtomicLong count = new AtomicLong();
  private final AtomicLong cents = new AtomicLong();

  void record(long amountCents) {
    count.incrementAndGet();
    cents.addAndGet(amountCents);
  }

  long count() {
    return count.get();
  }

  long totalCents() {
    return cents.get();
  }
}
