package dev.touchpoint.agent.install;

import static net.bytebuddy.matcher.ElementMatchers.any;
import static net.bytebuddy.matcher.ElementMatchers.isBootstrapClassLoader;

import dev.touchpoint.agent.advice.AdviceFactory;
import dev.touchpoint.agent.matching.Ignores;
import dev.touchpoint.agent.matching.TypePlanner;
import dev.touchpoint.agent.supply.RuntimeSupply;
import java.lang.instrument.Instrumentation;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Installs the agent's one transformer. Class formats never change (advice only, no new fields or
 * methods), so a class can be retransformed back; descriptions come from the class file pool, never
 * by loading a class; lambdas are not instrumented; and a class the agent cannot transform loads as
 * it was.
 */
public final class AgentInstaller {

  private AgentInstaller() {}

  /**
   * @param retransformLoaded whether classes loaded before the agent started are instrumented too
   *     (attached at run time); at start-up nothing of the application is loaded yet
   */
  public static ResettableClassFileTransformer install(Instrumentation instrumentation, TypePlanner planner,
      RuntimeSupply supply, AdviceFactory advice, boolean retransformLoaded) {
    AgentBuilder builder = new AgentBuilder.Default(new ByteBuddy().with(TypeValidation.DISABLED))
        .disableClassFormatChanges()
        .with(retransformLoaded
            ? AgentBuilder.RedefinitionStrategy.RETRANSFORMATION
            : AgentBuilder.RedefinitionStrategy.DISABLED)
        .with(AgentBuilder.DescriptionStrategy.Default.POOL_ONLY)
        .with(AgentBuilder.PoolStrategy.Default.FAST)
        .with(AgentBuilder.LambdaInstrumentationStrategy.DISABLED)
        .with(new FailureListener())
        .with(ClassFilePrefilter.decorator(planner))
        // Replaces Byte Buddy's default ignore rule; ours covers it and the JDK, the agent itself,
        // frameworks' internals and generated proxies.
        .ignore(ignoredNames())
        .or(any(), isBootstrapClassLoader())
        .type(new TouchpointTypes(planner, supply))
        .transform(new TouchpointTransformer(planner, advice));
    return builder.installOn(instrumentation);
  }

  private static ElementMatcher.Junction<TypeDescription> ignoredNames() {
    return new ElementMatcher.Junction.AbstractBase<>() {
      @Override
      public boolean matches(TypeDescription type) {
        return Ignores.ignoresBinaryName(type.getName());
      }
    };
  }
}
