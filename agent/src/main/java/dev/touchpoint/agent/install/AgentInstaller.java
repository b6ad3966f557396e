package dev.touchpoint.agent.install;

import dev.touchpoint.agent.AgentLog;
import dev.touchpoint.agent.matching.TypePlanner;
import dev.touchpoint.agent.supply.RuntimeSupply;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;

/**
 * Installs the agent's one transformer. At start-up nothing of the application is loaded yet and
 * the transformer sees every class as it loads; attached to a running JVM, the classes already
 * loaded that can have something to instrument are retransformed too, one at a time, so that one
 * that cannot be does not hold back the others.
 */
public final class AgentInstaller {

  private AgentInstaller() {}

  public static void install(Instrumentation instrumentation, TypePlanner planner, RuntimeSupply supply,
      boolean retransformLoaded) {
    ClassFilePrefilter prefilter = new ClassFilePrefilter(planner);
    instrumentation.addTransformer(new TouchpointTransformer(prefilter, new Weaver(planner, supply)),
        instrumentation.isRetransformClassesSupported());
    if (retransformLoaded) {
      retransformLoaded(instrumentation, prefilter);
    }
  }

  private static void retransformLoaded(Instrumentation instrumentation, ClassFilePrefilter prefilter) {
    if (!instrumentation.isRetransformClassesSupported()) {
      AgentLog.warnOnce("retransform", "this JVM cannot retransform classes: only classes loaded from now on are instrumented");
      return;
    }
    for (Class<?> loaded : instrumentation.getAllLoadedClasses()) {
      if (mayDeclare(instrumentation, prefilter, loaded)) {
        try {
          instrumentation.retransformClasses(loaded);
        } catch (UnmodifiableClassException | RuntimeException | LinkageError failure) {
          AgentLog.warnOnce("retransform:" + loaded.getName(), "could not instrument the already loaded "
              + loaded.getName() + " (" + failure + "); it runs exactly as it was written");
        }
      }
    }
  }

  private static boolean mayDeclare(Instrumentation instrumentation, ClassFilePrefilter prefilter, Class<?> loaded) {
    ClassLoader loader = loaded.getClassLoader();
    if (loader == null || loaded.isArray() || loaded.isPrimitive() || loaded.isHidden()
        || !instrumentation.isModifiableClass(loaded)) {
      return false;
    }
    String internalName = loaded.getName().replace('.', '/');
    if (!prefilter.mayBeCandidate(loader, internalName)) {
      return false;
    }
    try (InputStream classFile = loader.getResourceAsStream(internalName + ".class")) {
      return classFile != null && prefilter.isCandidate(loader, internalName, classFile.readAllBytes());
    } catch (IOException | RuntimeException unreadable) {
      return false;
    }
  }
}
