package dev.touchpoint.agent.install;

import dev.touchpoint.agent.AgentLog;
import dev.touchpoint.agent.advice.AdviceFactory;
import dev.touchpoint.agent.matching.PlannedMethod;
import dev.touchpoint.agent.matching.TypePlanner;
import java.security.ProtectionDomain;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;

/** Applies the planned advice to each method of a matched type. */
final class TouchpointTransformer implements AgentBuilder.Transformer {

  private final TypePlanner planner;
  private final AdviceFactory advice;

  TouchpointTransformer(TypePlanner planner, AdviceFactory advice) {
    this.planner = planner;
    this.advice = advice;
  }

  @Override
  public DynamicType.Builder<?> transform(DynamicType.Builder<?> builder, TypeDescription type,
      ClassLoader loader, JavaModule module, ProtectionDomain protectionDomain) {
    for (PlannedMethod method : planner.plan(type, loader)) {
      AgentLog.debug("instruments " + type.getName() + "." + method.methodName() + method.descriptor()
          + " as a " + method.kind().name().toLowerCase(java.util.Locale.ROOT) + " (from " + method.source() + ")");
      builder = builder.visit(advice.adviceFor(method));
    }
    return builder;
  }
}
