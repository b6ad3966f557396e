package dev.touchpoint.agent;

import dev.touchpoint.agent.config.ConfiguredPath;
import dev.touchpoint.agent.config.ConfiguredTouchpoint;
import dev.touchpoint.agent.config.TouchpointsFile;
import dev.touchpoint.agent.install.AgentInstaller;
import dev.touchpoint.agent.matching.LoaderView;
import dev.touchpoint.agent.matching.LoaderViews;
import dev.touchpoint.agent.matching.NeverInstrumented;
import dev.touchpoint.agent.matching.TypePlanner;
import dev.touchpoint.agent.otel.EdgeAdmission;
import dev.touchpoint.agent.supply.RuntimeSupply;
import dev.touchpoint.agent.supply.WhereSpansGo;
import dev.touchpoint.declaration.DeclaredPromise;
import java.lang.instrument.Instrumentation;
import java.util.List;

/**
 * Starts the agent: reads the touchpoints file, decides where spans go, installs the transformer,
 * and says in one line what it did. Setup that silently does nothing is the most common complaint
 * about tracing agents.
 */
public final class AgentStartup {

  /** Set once the agent is installed, so a second copy (say, also loaded as an extension) stands down. */
  static final String INSTALLED = "touchpoint.agent.installed";
  /** Read by the runtime's DeclaredBounds: latency bounds declared outside annotations. */
  static final String BOUNDS_PROPERTY = "touchpoint.promise.bounds";

  /** How the agent was started. */
  public enum Mode { PREMAIN, ATTACHED, EXTENSION }

  private AgentStartup() {}

  /** Called by the OpenTelemetry Java agent when Touchpoint is loaded as its extension. */
  public static void startAsExtension(Instrumentation instrumentation) {
    start(AgentSettings.from(null), instrumentation, Mode.EXTENSION);
  }

  static synchronized void start(AgentSettings settings, Instrumentation instrumentation, Mode mode) {
    if (!settings.enabled()) {
      AgentLog.info("disabled by touchpoint.agent.enabled=false: nothing is instrumented");
      return;
    }
    String installedBefore = System.getProperty(INSTALLED);
    if (installedBefore != null) {
      AgentLog.info("already installed (" + installedBefore + "); this copy (" + mode + ") does nothing");
      return;
    }
    if (settings.debug()) {
      AgentLog.enableDebug();
    }
    settings.applyRuntimeProperties();

    TouchpointsFile file = readTouchpointsFile(settings);
    List<ConfiguredTouchpoint> configured = file == null ? List.of()
        : NeverInstrumented.touchpoints(file.entries(), AgentLog::error);
    List<ConfiguredPath> paths = file == null ? List.of() : NeverInstrumented.paths(file.paths(), AgentLog::error);
    publishBounds(configured);
    LoaderViews views = new LoaderViews();
    TypePlanner planner = new TypePlanner(views, configured, paths);
    RuntimeSupply supply = new RuntimeSupply(instrumentation);
    String spansGo = WhereSpansGo.decide(mode == Mode.EXTENSION, settings.sdkEnabled(), supply);
    AgentInstaller.install(instrumentation, planner, supply, mode == Mode.ATTACHED);
    System.setProperty(INSTALLED, mode.name());

    LoaderView system = views.of(ClassLoader.getSystemClassLoader());
    AgentLog.info("Touchpoint agent " + version() + " (" + describe(mode) + "): "
        + system.mappedTouchpoints() + " touchpoints in " + system.mappedClasses()
        + " classes from experience maps, " + entries(configured.size() + paths.size(), settings)
        + "; classes compiled without the processor are matched by their annotations as they load."
        + " " + spansGo + "." + edge(mode));
  }

  private static TouchpointsFile readTouchpointsFile(AgentSettings settings) {
    if (settings.configFile() == null) {
      return null;
    }
    TouchpointsFile file = TouchpointsFile.read(settings.configFile());
    for (String problem : file.problems()) {
      AgentLog.error(problem);
    }
    return file;
  }

  /**
   * Tells the runtime, in whatever class loader it lives, the bounds the file declares, so its
   * duration histograms make them bucket boundaries like annotated ones.
   */
  private static void publishBounds(List<ConfiguredTouchpoint> configured) {
    StringBuilder bounds = new StringBuilder(System.getProperty(BOUNDS_PROPERTY, ""));
    for (ConfiguredTouchpoint entry : configured) {
      for (DeclaredPromise promise : entry.promises()) {
        if (promise.within() != null) {
          bounds.append(bounds.length() == 0 ? "" : ",").append(promise.within());
        }
      }
    }
    if (bounds.length() > 0) {
      System.setProperty(BOUNDS_PROPERTY, bounds.toString());
    }
  }

  private static String entries(int count, AgentSettings settings) {
    if (settings.configFile() == null) {
      return "no touchpoints file";
    }
    return count + (count == 1 ? " entry" : " entries") + " from " + settings.configFile().getFileName();
  }

  /** In the OpenTelemetry agent, whether its propagators admit the end customer (see EdgeAdmission). */
  private static String edge(Mode mode) {
    String outcome = mode == Mode.EXTENSION ? EdgeAdmission.outcome() : null;
    return outcome == null ? "" : " " + outcome + ".";
  }

  private static String describe(Mode mode) {
    return switch (mode) {
      case PREMAIN -> "-javaagent";
      case ATTACHED -> "attached at run time";
      case EXTENSION -> "OpenTelemetry Java agent extension";
    };
  }

  private static String version() {
    String version = AgentStartup.class.getPackage().getImplementationVersion();
    return version == null ? "(development build)" : version;
  }
}
