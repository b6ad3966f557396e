package dev.touchpoint.slo.read;

import dev.touchpoint.agent.config.ConfiguredPath;
import dev.touchpoint.agent.config.ConfiguredTouchpoint;
import dev.touchpoint.agent.config.TouchpointsFile;
import dev.touchpoint.declaration.DeclaredPromise;
import dev.touchpoint.slo.model.DeclaredTouchpoint;
import dev.touchpoint.slo.model.PromiseObjective;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a touchpoints file with the agent's own parser, so that an entry means here what it means
 * to the agent. An entry whose touchpoint name depends on which classes match (a pattern without
 * {@code name}) is named only at run time, so it gets no objective and says so.
 */
final class TouchpointsFileReader {

  private final ExperienceSources sources;

  TouchpointsFileReader(ExperienceSources sources) {
    this.sources = sources;
  }

  void read(Path path) {
    TouchpointsFile file = TouchpointsFile.read(path);
    file.problems().forEach(sources::problem);
    for (ConfiguredTouchpoint entry : file.entries()) {
      String name = nameOf(entry);
      if (name == null) {
        sources.problem(entry.origin() + ": the touchpoint's name depends on which classes and methods match;"
            + " give the entry a 'name' to generate its objectives");
        continue;
      }
      sources.addTouchpoint(new DeclaredTouchpoint(name, entry.serves().toLowerCase(Locale.ROOT), entry.customer(),
          entry.journey(), entry.owner(), entry.promises().stream().map(DeclaredPromise::name).toList(),
          entry.promises().stream().map(DeclaredPromise::within).toList(), entry.origin()));
      for (DeclaredPromise promise : entry.promises()) {
        String where = entry.origin() + ": touchpoint " + name + ", promise " + promise.name();
        BigDecimal objective = sources.objective(promise.objective(), where);
        if (objective != null) {
          sources.add(new PromiseObjective(name, promise.name(), promise.within(), objective,
              entry.serves().toLowerCase(Locale.ROOT), entry.customer(), entry.journey(), entry.owner(), entry.origin()));
        }
      }
    }
    for (ConfiguredPath declared : file.paths()) {
      String name = declared.name() != null ? declared.name()
          : nameOf(declared.classPattern().exactName(), declared.methodPattern().exactName());
      if (declared.recovery() && name != null) {
        sources.addRecovery(name);
      }
    }
  }

  /** The entry's name, or {@code SimpleClassName.method} when both are exact; null when matching decides. */
  private static String nameOf(ConfiguredTouchpoint entry) {
    return entry.name() != null ? entry.name()
        : nameOf(entry.classPattern().exactName(), entry.methodPattern().exactName());
  }

  private static String nameOf(String className, String method) {
    if (className == null || method == null) {
      return null;
    }
    String simple = className.substring(className.lastIndexOf('.') + 1);
    return simple.substring(simple.lastIndexOf('$') + 1) + "." + method;
  }
}
