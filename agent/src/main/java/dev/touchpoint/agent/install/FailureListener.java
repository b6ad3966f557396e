package dev.touchpoint.agent.install;

import dev.touchpoint.agent.AgentLog;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.utility.JavaModule;

/**
 * Reports a class the agent could not transform. The class itself is loaded exactly as it was:
 * Byte Buddy hands the JVM back the original bytes.
 */
final class FailureListener extends AgentBuilder.Listener.Adapter {

  @Override
  public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable failure) {
    AgentLog.warnOnce("transform:" + typeName, "could not instrument " + typeName + " (" + failure
        + "); it runs exactly as it was written");
  }
}
