package dev.touchpoint.runtime;

import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts promise outcomes for one metrics binding and reports them as the
 * {@code cx.promise.outcomes} counter when the SDK collects. A call costs an array read and an
 * uncontended add per promise, instead of an SDK counter's attribute lookup per promise: the same
 * cumulative sum, reported the way OpenTelemetry intends asynchronous counters to be used, for
 * counts an instrumentation can keep itself.
 *
 * <p>Each touchpoint descriptor has a slot, a small number fixed when it is built, so a call finds
 * its counters without a map.
 */
final class PromiseOutcomes {

  private static final AtomicInteger NEXT_SLOT = new AtomicInteger();

  private volatile AtomicReferenceArray<Counts> slots = new AtomicReferenceArray<>(64);

  /** A slot for a new descriptor. */
  static int nextSlot() {
    return NEXT_SLOT.getAndIncrement();
  }

  void record(TouchpointDescriptor touchpoint, int promise, boolean kept) {
    Counts counts = countsOf(touchpoint);
    (kept ? counts.kept : counts.broken)[promise].increment();
  }

  /** Reports every outcome counted so far; called by the SDK on collection. */
  void report(ObservableLongMeasurement measurement) {
    AtomicReferenceArray<Counts> current = slots;
    for (int slot = 0; slot < current.length(); slot++) {
      Counts counts = current.get(slot);
      if (counts != null) {
        counts.report(measurement);
      }
    }
  }

  private Counts countsOf(TouchpointDescriptor touchpoint) {
    int slot = touchpoint.slot();
    AtomicReferenceArray<Counts> current = slots;
    Counts counts = slot < current.length() ? current.get(slot) : null;
    return counts != null ? counts : create(touchpoint);
  }

  private synchronized Counts create(TouchpointDescriptor touchpoint) {
    int slot = touchpoint.slot();
    AtomicReferenceArray<Counts> current = slots;
    if (slot >= current.length()) {
      AtomicReferenceArray<Counts> grown = new AtomicReferenceArray<>(Math.max(slot + 1, current.length() * 2));
      for (int i = 0; i < current.length(); i++) {
        grown.set(i, current.get(i));
      }
      slots = grown;
      current = grown;
    }
    Counts counts = current.get(slot);
    if (counts == null) {
      counts = new Counts(touchpoint);
      current.set(slot, counts);
    }
    return counts;
  }

  /** The kept and broken counts of each promise of one touchpoint. */
  private static final class Counts {
    final TouchpointDescriptor touchpoint;
    final LongAdder[] kept;
    final LongAdder[] broken;

    Counts(TouchpointDescriptor touchpoint) {
      this.touchpoint = touchpoint;
      int promises = touchpoint.promiseArray().length;
      this.kept = adders(promises);
      this.broken = adders(promises);
    }

    void report(ObservableLongMeasurement measurement) {
      for (int i = 0; i < kept.length; i++) {
        reportIfCounted(measurement, kept[i].sum(), touchpoint, i, true);
        reportIfCounted(measurement, broken[i].sum(), touchpoint, i, false);
      }
    }

    /** Like a synchronous counter, an outcome that never happened is no series at all. */
    private static void reportIfCounted(ObservableLongMeasurement measurement, long count,
        TouchpointDescriptor touchpoint, int promise, boolean kept) {
      if (count > 0) {
        measurement.record(count, touchpoint.outcomeAttributes(promise, kept));
      }
    }

    private static LongAdder[] adders(int count) {
      LongAdder[] adders = new LongAdder[count];
      for (int i = 0; i < count; i++) {
        adders[i] = new LongAdder();
      }
      return adders;
    }
  }
}
