package dev.touchpoint.agent.install;

import dev.touchpoint.agent.AgentLog;
import dev.touchpoint.agent.matching.TypePlanner;
import dev.touchpoint.agent.supply.RuntimeSupply;
import java.security.ProtectionDomain;
import net.bytebuddy.ClassFileVersion;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.utility.JavaModule;

/**
 * Matches a type when it has methods to instrument and advice in it can reach the runtime. Types
 * compiled for Java 6 or earlier are left alone: the advice links through {@code invokedynamic}.
 */
final class TouchpointTypes implements AgentBuilder.RawMatcher {

  private final TypePlanner planner;
  private final RuntimeSupply supply;

  TouchpointTypes(TypePlanner planner, RuntimeSupply supply) {
    this.planner = planner;
    this.supply = supply;
  }

  @Override
  public boolean matches(TypeDescription type, ClassLoader loader, JavaModule module,
      Class<?> classBeingRedefined, ProtectionDomain protectionDomain) {
    if (loader == null || planner.plan(type, loader).isEmpty()) {
      return false;
    }
    if (type.getClassFileVersion() != null && type.getClassFileVersion().isLessThan(ClassFileVersion.JAVA_V7)) {
      AgentLog.warnOnce("version:" + type.getName(), type.getName() + " is compiled for Java "
          + type.getClassFileVersion().getJavaVersion() + ", older than the Java 7 the agent's advice needs;"
          + " it runs uninstrumented");
      return false;
    }
    return supply.ensureRuntime(loader, planner.view(loader));
  }
}
