package dev.touchpoint.agent.install;

import dev.touchpoint.agent.AgentLog;
import dev.touchpoint.declaration.ProblemReports;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;

/**
 * The agent's one transformer. Most classes leave at the prefilter, having cost a name check and a
 * byte scan; a candidate goes to the {@link Weaver}. Whatever goes wrong, the JVM gets null back:
 * the class loads exactly as it was written.
 */
final class TouchpointTransformer implements ClassFileTransformer {

  /** Set while this thread weaves: classes loaded meanwhile are the agent's business, not the app's. */
  private static final ThreadLocal<Boolean> WEAVING = new ThreadLocal<>();
  /**
   * The agent's own classes are turned away before anything else is touched: the transformer sees
   * them load too, and judging one with a class that is itself still loading would define it twice.
   */
  private static final String AGENT_PACKAGE = "dev/touchpoint/agent/";

  private final ClassFilePrefilter prefilter;
  private final Weaver weaver;

  TouchpointTransformer(ClassFilePrefilter prefilter, Weaver weaver) {
    this.prefilter = prefilter;
    this.weaver = weaver;
  }

  @Override
  public byte[] transform(ClassLoader loader, String internalName, Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain, byte[] classFile) {
    if (internalName == null || internalName.startsWith(AGENT_PACKAGE) || WEAVING.get() != null) {
      return null;
    }
    WEAVING.set(Boolean.TRUE);
    try {
      if (!prefilter.isCandidate(loader, internalName, classFile)) {
        return null;
      }
      return weaver.weave(loader, classFile);
    } catch (Throwable failure) {
      AgentLog.warnOnce("transform:" + internalName, "could not instrument " + internalName.replace('/', '.')
          + " (" + failure + "); it runs exactly as it was written. " + ProblemReports.PLEASE_REPORT);
      return null;
    } finally {
      WEAVING.remove();
    }
  }
}
