package dev.touchpoint.agent.supply;

import dev.touchpoint.agent.AgentLog;
import dev.touchpoint.agent.matching.LoaderView;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.util.jar.JarFile;

/**
 * Makes sure advice in a class loader's classes can call the runtime. An application that uses
 * Touchpoint has the runtime already, and its own copy is used: the same runtime generated code
 * calls. One that does not (touchpoints declared only in the agent's file) gets the agent's copy
 * added to the system class path, with the OpenTelemetry API only when nothing on that path
 * provides one. SLF4J is never added: the runtime logs through the JDK when it is missing, and an
 * added SLF4J could take over the application's logging.
 */
public final class RuntimeSupply {

  private static final String LINKAGE = "dev/touchpoint/runtime/AgentLinkage.class";
  private static final String RUNTIME = "dev/touchpoint/runtime/TouchpointRuntime.class";
  private static final String OPENTELEMETRY_API = "io/opentelemetry/api/GlobalOpenTelemetry.class";

  private final Instrumentation instrumentation;
  private boolean suppliedToSystemPath;

  public RuntimeSupply(Instrumentation instrumentation) {
    this.instrumentation = instrumentation;
  }

  /** Whether advice in {@code loader}'s classes can call the runtime, supplying it if needed. */
  public boolean ensureRuntime(ClassLoader loader, LoaderView view) {
    LoaderView.Runtime known = view.runtime();
    if (known != LoaderView.Runtime.UNKNOWN) {
      return known == LoaderView.Runtime.AVAILABLE;
    }
    boolean available = decide(loader);
    view.runtime(available ? LoaderView.Runtime.AVAILABLE : LoaderView.Runtime.UNAVAILABLE);
    return available;
  }

  private boolean decide(ClassLoader loader) {
    if (sees(loader, LINKAGE)) {
      return true;
    }
    if (sees(loader, RUNTIME)) {
      AgentLog.warnOnce("old-runtime:" + loader, "the Touchpoint SDK in " + loader + " is older than"
          + " the agent and cannot run its advice; upgrade touchpoint-sdk-api to the agent's version."
          + " Its classes run uninstrumented");
      return false;
    }
    ClassLoader system = ClassLoader.getSystemClassLoader();
    if (sees(loader, OPENTELEMETRY_API) && !sees(system, OPENTELEMETRY_API)) {
      AgentLog.warnOnce("nested-api:" + loader, "classes in " + loader + " have their own OpenTelemetry"
          + " API but no Touchpoint SDK, and the agent cannot add one beside it; add"
          + " touchpoint-sdk-api to the application to instrument them. They run uninstrumented");
      return false;
    }
    supplyToSystemClassPath();
    if (sees(loader, LINKAGE)) {
      return true;
    }
    AgentLog.warnOnce("isolated:" + loader, "classes in " + loader + " cannot see the system class"
        + " path, so the agent cannot give them the Touchpoint runtime; they run uninstrumented");
    return false;
  }

  /** Adds the runtime (and the OpenTelemetry API if missing) to the system class path, once. */
  public synchronized void supplyToSystemClassPath() {
    if (suppliedToSystemPath) {
      return;
    }
    suppliedToSystemPath = true;
    ClassLoader system = ClassLoader.getSystemClassLoader();
    try {
      if (!sees(system, LINKAGE)) {
        append(Bundles.runtimeJar());
      }
      if (!sees(system, OPENTELEMETRY_API)) {
        for (Bundles.Jar jar : Bundles.apiJars()) {
          append(jar);
        }
      }
    } catch (IOException | RuntimeException failed) {
      AgentLog.warnOnce("supply", "could not add the Touchpoint runtime to the class path (" + failed
          + "); classes without their own Touchpoint SDK run uninstrumented");
    }
  }

  void append(Bundles.Jar jar) throws IOException {
    instrumentation.appendToSystemClassLoaderSearch(new JarFile(jar.path().toFile()));
    AgentLog.debug("added " + jar.name() + " to the system class path, read from " + jar.path());
  }

  static boolean sees(ClassLoader loader, String resource) {
    return loader != null && loader.getResource(resource) != null;
  }
}
