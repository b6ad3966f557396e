package dev.touchpoint.agent.advice;

import dev.touchpoint.agent.matching.PlannedMethod;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.matcher.ElementMatchers;
import net.bytebuddy.pool.TypePool;

/**
 * Builds the advice for one planned method: an enter advice for its kind (touchpoint, recovery or control)
 * and an exit advice for its result (plain or a stage), with the method's
 * declaration bound as an {@code invokedynamic} constant whose bootstrap is the runtime's
 * {@code AgentLinkage}. The descriptor is thus built once, at link time, in the application's own
 * runtime; per call the advice only loads it.
 */
public final class AdviceFactory {

  private static final String LINKAGE = "dev.touchpoint.runtime.AgentLinkage";

  private final ClassFileLocator locator;
  private final TypeDescription touchpointEnter;
  private final TypeDescription recoveryEnter;
  private final TypeDescription controlEnter;
  private final TypeDescription callExit;
  private final TypeDescription stageExit;
  private final MethodDescription.InDefinedShape touchpointBootstrap;
  private final MethodDescription.InDefinedShape recoveryBootstrap;
  private final MethodDescription.InDefinedShape controlBootstrap;

  /**
   * @param locator finds the advice classes and the runtime's classes (the advice names runtime
   *     types, which the agent's own class loader does not hold)
   */
  public AdviceFactory(ClassFileLocator locator) {
    this.locator = locator;
    TypePool pool = TypePool.Default.of(locator);
    touchpointEnter = pool.describe(TouchpointEnter.class.getName()).resolve();
    recoveryEnter = pool.describe(RecoveryEnter.class.getName()).resolve();
    controlEnter = pool.describe(ControlEnter.class.getName()).resolve();
    callExit = pool.describe(CallExit.class.getName()).resolve();
    stageExit = pool.describe(StageExit.class.getName()).resolve();
    TypeDescription linkage = pool.describe(LINKAGE).resolve();
    touchpointBootstrap = linkage.getDeclaredMethods().filter(ElementMatchers.named("touchpoint")).getOnly();
    recoveryBootstrap = linkage.getDeclaredMethods().filter(ElementMatchers.named("recovery")).getOnly();
    controlBootstrap = linkage.getDeclaredMethods().filter(ElementMatchers.named("control")).getOnly();
  }

  public AsmVisitorWrapper adviceFor(PlannedMethod method) {
    TypeDescription enter;
    MethodDescription.InDefinedShape bootstrap;
    switch (method.kind()) {
      case RECOVERY -> {
        enter = recoveryEnter;
        bootstrap = recoveryBootstrap;
      }
      case CONTROL -> {
        enter = controlEnter;
        bootstrap = controlBootstrap;
      }
      default -> {
        enter = touchpointEnter;
        bootstrap = touchpointBootstrap;
      }
    }
    return Advice.withCustomMapping()
        .bind(new LinkedDescriptor(bootstrap, method.encodedDeclaration()))
        .to(enter, method.returnsStage() ? stageExit : callExit, locator)
        .on(ElementMatchers.named(method.methodName())
            .and(ElementMatchers.hasDescriptor(method.descriptor())));
  }
}
