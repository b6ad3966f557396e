package dev.touchpoint.agent;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The agent's own log: single lines on standard error, prefixed {@code [touchpoint-agent]}. The
 * agent runs before the application has configured any logging framework, and must not configure
 * one for it. Repeated problems are reported once.
 */
public final class AgentLog {

  private static final String PREFIX = "[touchpoint-agent] ";
  /** A broken environment may fail every class the same way: the log stays readable. */
  private static final int MOST_WARNINGS = 20;

  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
  private static final AtomicInteger WARNINGS = new AtomicInteger();
  private static volatile boolean debug;

  private AgentLog() {}

  static void enableDebug() {
    debug = true;
  }

  public static void info(String message) {
    System.err.println(PREFIX + message);
  }

  public static void error(String message) {
    System.err.println(PREFIX + "ERROR " + message);
  }

  public static boolean isDebug() {
    return debug;
  }

  public static void debug(String message) {
    if (debug) {
      System.err.println(PREFIX + "DEBUG " + message);
    }
  }

  /** Logs {@code message} the first time {@code key} is seen, and never more than a few warnings in all. */
  public static void warnOnce(String key, String message) {
    if (!REPORTED.add(key)) {
      return;
    }
    int count = WARNINGS.incrementAndGet();
    if (count < MOST_WARNINGS) {
      System.err.println(PREFIX + "WARN " + message);
    } else if (count == MOST_WARNINGS) {
      System.err.println(PREFIX + "WARN " + message + " (further warnings are not logged)");
    }
  }
}
