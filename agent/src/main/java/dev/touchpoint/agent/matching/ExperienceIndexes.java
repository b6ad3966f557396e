package dev.touchpoint.agent.matching;

import dev.touchpoint.agent.AgentLog;
import dev.touchpoint.declaration.ControlDeclaration;
import dev.touchpoint.declaration.Declaration;
import dev.touchpoint.declaration.ExperienceIndex;
import dev.touchpoint.declaration.RecoveryDeclaration;
import dev.touchpoint.declaration.TouchpointDeclaration;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the processor declared for the classes a class loader can see: the experience map's
 * declarations in the compact form the agent links with ({@value #LOCATION}). A class named there
 * is matched by name, with its promises already resolved: no annotation of it needs reading. An
 * index that cannot be read is reported once and skipped; its classes are matched by their
 * annotations instead.
 */
final class ExperienceIndexes {

  static final String LOCATION = ExperienceIndex.LOCATION;

  private ExperienceIndexes() {}

  /** Every declared method {@code loader} can see, by the binary name of its class. */
  static Map<String, List<MappedMethod>> visibleFrom(ClassLoader loader) {
    Map<String, List<MappedMethod>> byClass = new HashMap<>();
    Enumeration<URL> indexes;
    try {
      indexes = loader.getResources(LOCATION);
    } catch (IOException | RuntimeException unreadable) {
      AgentLog.warnOnce("indexes:" + loader, "cannot list experience indexes in " + loader + ": " + unreadable);
      return byClass;
    }
    while (indexes.hasMoreElements()) {
      URL index = indexes.nextElement();
      try {
        for (Declaration declaration : ExperienceIndex.read(index)) {
          List<MappedMethod> methods = byClass.get(declaration.className());
          if (methods == null) {
            methods = new ArrayList<>();
            byClass.put(declaration.className(), methods);
          }
          methods.add(mapped(declaration));
        }
      } catch (IOException | RuntimeException unreadable) {
        AgentLog.warnOnce("index:" + index, "cannot read the experience index " + index + " (" + unreadable
            + "); its classes are matched by their annotations instead");
      }
    }
    return byClass;
  }

  private static MappedMethod mapped(Declaration declaration) {
    return new MappedMethod(declaration.methodName(), declaration.methodDescriptor(),
        declaration instanceof TouchpointDeclaration touchpoint ? touchpoint : null,
        declaration instanceof RecoveryDeclaration recovery ? recovery : null,
        declaration instanceof ControlDeclaration control ? control : null);
  }
}
