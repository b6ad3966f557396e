package dev.touchpoint.runtime;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * its counters without a map. The slot belongs to the series, not to the descriptor: descriptors
 * with the same touchpoint and promises share it. An application redeployed fifty times builds
 * fifty descriptors for each touchpoint; they count into one series, as a counter should, and
 * nothing here refers to them or to their class loaders, which go when the application goes.
 */
final class PromiseOutcomes {

  private static final AtomicInteger NEXT_SLOT = new AtomicInteger();
  /** Bounded by the touchpoints and promises an application declares, whatever the number of descriptors. */
  private static final Map<List<Attributes>, Integer> SLOTS = new ConcurrentHashMap<>();

  private volatile AtomicReferenceArray<Counts> slots = new AtomicReferenceArray<>(64);

  /**
   * The slot of the series a descriptor's promises count into, named by the attributes of its
   * promises kept (those of promises broken differ from them only in the outcome).
   */
  static int slotFor(Attributes[] kept) {
    return SLOTS.computeIfAbsent(List.of(kept), any -> NEXT_SLOT.getAndIncrement());
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

  /**
   * The kept and broken counts of each promise of one touchpoint, with the attributes they are
   * reported under: strings only, never the descriptor, so no application class is reachable.
   */
  private static final class Counts {
    final Attributes[] keptAttributes;
    final Attributes[] brokenAttributes;
    final LongAdder[] kept;
    final LongAdder[] broken;

    Counts(TouchpointDescriptor touchpoint) {
      int promises = touchpoint.promiseArray().length;
      this.keptAttributes = new Attributes[promises];
      this.brokenAttributes = new Attributes[promises];
      for (int i = 0; i < promises; i++) {
        keptAttributes[i] = touchpoint.outcomeAttributes(i, true);
        brokenAttributes[i] = touchpoint.outcomeAttributes(i, false);
      }
      this.kept = adders(promises);
      this.broken = adders(promises);
    }

    void report(ObservableLongMeasurement measurement) {
      for (int i = 0; i < kept.length; i++) {
        reportIfCounted(measurement, kept[i].sum(), keptAttributes[i]);
        reportIfCounted(measurement, broken[i].sum(), brokenAttributes[i]);
      }
    }

    /** Like a synchronous counter, an outcome that never happened is no series at all. */
    private static void reportIfCounted(ObservableLongMeasurement measurement, long count, Attributes attributes) {
      if (count > 0) {
        measurement.record(count, attributes);
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
