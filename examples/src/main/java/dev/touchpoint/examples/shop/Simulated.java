package dev.touchpoint.examples.shop;

import java.util.concurrent.TimeUnit;

/** Stands in for the network and the database, so the example runs anywhere. */
final class Simulated {

  private Simulated() {}

  static void latency(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
