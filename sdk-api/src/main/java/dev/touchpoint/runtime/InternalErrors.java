package dev.touchpoint.runtime;

import dev.touchpoint.declaration.ProblemReports;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports a failure inside Touchpoint itself, once per kind of failure, never into the application.
 * A telemetry library that throws, or floods the log once per call, gets removed.
 */
final class InternalErrors {

  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

  private InternalErrors() {}

  /** Logs {@code problem} the first time it happens while doing {@code what}; later times are dropped. */
  static void report(String what, Throwable problem) {
    try {
      if (REPORTED.add(what + ':' + problem.getClass().getName())) {
        RuntimeLog.warn(
            "Touchpoint failed to " + what + "; the application carries on unaffected but this"
                + " telemetry may be incomplete. Reported once; later failures of this kind are not"
                + " logged. " + ProblemReports.REPORT_UNLESS_PIPELINE,
            problem);
      }
    } catch (Throwable ignored) {
      // Reporting must not fail the call it reports on either.
    }
  }
}
