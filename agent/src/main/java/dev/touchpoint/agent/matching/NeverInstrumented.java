package dev.touchpoint.agent.matching;

import dev.touchpoint.agent.config.ConfiguredPath;
import dev.touchpoint.agent.config.ConfiguredTouchpoint;
import dev.touchpoint.agent.config.NamePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Entries of the touchpoints file that can never match, because every class they name is one the
 * agent never instruments ({@link Ignores#never}: the JDK, Touchpoint itself, what it bundles),
 * said once at start-up, and dropped, instead of silently doing nothing. Frameworks' internals are
 * not among them: an entry that names one is instrumented.
 */
public final class NeverInstrumented {

  private NeverInstrumented() {}

  public static List<ConfiguredTouchpoint> touchpoints(List<ConfiguredTouchpoint> entries, Consumer<String> problems) {
    return withoutNeverInstrumented(entries, ConfiguredTouchpoint::classPattern, ConfiguredTouchpoint::origin, problems);
  }

  public static List<ConfiguredPath> paths(List<ConfiguredPath> entries, Consumer<String> problems) {
    return withoutNeverInstrumented(entries, ConfiguredPath::classPattern, ConfiguredPath::origin, problems);
  }

  private static <E> List<E> withoutNeverInstrumented(List<E> entries, Function<E, NamePattern> classPattern,
      Function<E, String> origin, Consumer<String> problems) {
    List<E> kept = new ArrayList<>();
    for (E entry : entries) {
      if (covers(classPattern.apply(entry))) {
        problems.accept(message(origin.apply(entry), classPattern.apply(entry)));
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
      return Ignores.neverBinaryName(exact);
    }
    String prefix = pattern.literalPrefix();
    int lastDot = prefix.lastIndexOf('.');
    if (lastDot < 0) {
      return false;
    }
    // A package is wholly ignored when a class in it and one in a package below it both are.
    String packagePath = prefix.substring(0, lastDot + 1).replace('.', '/');
    return Ignores.never(packagePath + "Any") && Ignores.never(packagePath + "any/Any");
  }

  private static String message(String origin, NamePattern pattern) {
    return origin + ": '" + pattern + "' is never instrumented: the agent leaves the JDK, Touchpoint itself"
        + " and the libraries it bundles alone (entry skipped)";
  }
}
