package dev.touchpoint.agent.matching;

import dev.touchpoint.agent.config.ConfiguredPath;
import dev.touchpoint.agent.config.ConfiguredTouchpoint;
import dev.touchpoint.agent.config.NamePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Entries of the touchpoints file that can never match, because every class they name is one the
 * agent leaves alone ({@link Ignores}): said once at start-up, and dropped, instead of silently
 * doing nothing.
 */
public final class NeverInstrumented {

  private NeverInstrumented() {}

  public static List<ConfiguredTouchpoint> touchpoints(List<ConfiguredTouchpoint> entries, Consumer<String> problems) {
    List<ConfiguredTouchpoint> kept = new ArrayList<>();
    for (ConfiguredTouchpoint entry : entries) {
      if (covers(entry.classPattern())) {
        problems.accept(message(entry.origin(), entry.classPattern()));
      } else {
        kept.add(entry);
      }
    }
    return kept;
  }

  public static List<ConfiguredPath> paths(List<ConfiguredPath> entries, Consumer<String> problems) {
    List<ConfiguredPath> kept = new ArrayList<>();
    for (ConfiguredPath entry : entries) {
      if (covers(entry.classPattern())) {
        problems.accept(message(entry.origin(), entry.classPattern()));
      } else {
        kept.add(entry);
      }
    }
    return kept;
  }

  /** Whether every class {@code pattern} can match is ignored. */
  static boolean covers(NamePattern pattern) {
    String exact = pattern.exactName();
    if (exact != null) {
      return Ignores.ignoresBinaryName(exact);
    }
    String prefix = pattern.literalPrefix();
    int lastDot = prefix.lastIndexOf('.');
    if (lastDot < 0) {
      return false;
    }
    // A package is wholly ignored when a class in it and one in a package below it both are.
    String packagePath = prefix.substring(0, lastDot + 1).replace('.', '/');
    return Ignores.ignores(packagePath + "Any") && Ignores.ignores(packagePath + "any/Any");
  }

  private static String message(String origin, NamePattern pattern) {
    return origin + ": '" + pattern + "' is never instrumented: the agent leaves the JDK, Touchpoint itself,"
        + " the libraries it bundles and frameworks' internals alone (entry skipped)";
  }
}
