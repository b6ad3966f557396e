package dev.touchpoint.examples.payments;

/** Finance's end-of-day job: what was authorised today, to match against the acquirer's report. */
public class Reconciliation {

  private final Settlements settlements;

  Reconciliation(Settlements settlements) {
    this.settlements = settlements;
  }

  public String run() {
    long cents = settlements.totalCents();
    return String.format("%d payments settled, %d.%02d in total", settlements.count(), cents / 100, cents % 100);
  }
}
