package dev.touchpoint.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * At most one line per reason per minute: hostile input can arrive thousands of times a second,
 * and must not flood the log nor be echoed into it. Messages name the reason, never the values.
 */
final class RateLimitedLog {

  private static final long INTERVAL = TimeUnit.MINUTES.toNanos(1);
  private static final Map<String, Window> WINDOWS = new ConcurrentHashMap<>();

  private RateLimitedLog() {}

  static void warn(String reason, String message) {
    try {
      Window window = WINDOWS.computeIfAbsent(reason, key -> new Window());
      long now = System.nanoTime();
      long opened = window.opened.get();
      if (opened != 0 && now - opened < INTERVAL) {
        window.suppressed.incrementAndGet();
        return;
      }
      if (window.opened.compareAndSet(opened, now == 0 ? 1 : now)) {
        long suppressed = window.suppressed.getAndSet(0);
        RuntimeLog.info("Touchpoint: " + message
            + (suppressed > 0 ? " (" + suppressed + " more like it in the last minute)" : "")
            + ". Logged at most once a minute.");
      }
    } catch (Throwable ignored) {
      // Reporting hostile input must never be a way to hurt the service.
    }
  }

  private static final class Window {
    final AtomicLong opened = new AtomicLong();
    final AtomicLong suppressed = new AtomicLong();
  }
}
