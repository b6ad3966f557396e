package dev.touchpoint.agent.install;

import dev.touchpoint.agent.AgentLog;
import dev.touchpoint.agent.advice.AdviceWeaver;
import dev.touchpoint.agent.matching.ClassModel;
import dev.touchpoint.agent.matching.PlannedMethod;
import dev.touchpoint.agent.matching.TypePlanner;
import dev.touchpoint.agent.supply.RuntimeSupply;
import java.util.List;
import java.util.Locale;

/**
 * Decides what one candidate class has to instrument and weaves it: reads its class file (once,
 * without its code), plans its methods, makes sure the runtime is there for them to call, and
 * hands the plan to the {@link AdviceWeaver}.
 */
final class Weaver {

  /** Java 7: the first class file version that can hold the invokedynamic the advice links through. */

  private final TypePlanner planner;
  private final RuntimeSupply supply;

  Weaver(TypePlanner planner, RuntimeSupply supply) {
    this.planner = planner;
    this.supply = supply;
  }

  /** The instrumented class file, or null when the class has nothing to instrument or cannot be. */
  byte[] weave(ClassLoader loader, byte[] classFile) {
    ClassModel type = ClassModel.read(classFile);
    if (type.isWoven()) {
      return null; // woven at build time: instrumented already, exactly as this would
    }
    List<PlannedMethod> plan = planner.plan(type, loader);
    if (plan.isEmpty() || !linksWithInvokedynamic(type) || !supply.ensureRuntime(loader, planner.view(loader))) {
      return null;
    }
    if (AgentLog.isDebug()) {
      for (PlannedMethod method : plan) {
        AgentLog.debug("instruments " + type.binaryName() + "." + method.methodName() + method.descriptor() + " as a "
            + method.kind().name().toLowerCase(Locale.ROOT) + " (from " + method.source() + ")");
      }
    }
    return weaveSkippingWhatCannotFit(type, classFile, plan);
  }

  /**
   * Weaves the plan; a method that would outgrow the JVM's limit on a method's code once woven is
   * skipped alone, with one line. Any other failure fails the class, which then loads as it was
   * written.
   */
  private static byte[] weaveSkippingWhatCannotFit(ClassModel type, byte[] classFile, List<PlannedMethod> plan) {
    AdviceWeaver.Woven woven = AdviceWeaver.weaveWhatFits(classFile, plan, tooLarge -> AgentLog.warnOnce(
        "too-large:" + type.binaryName() + "." + tooLarge.methodName() + tooLarge.descriptor(),
        "could not instrument " + AdviceWeaver.tooLargeReason(type.binaryName(), tooLarge) + "; it runs"
            + " uninstrumented, and the rest of " + type.binaryName() + " is instrumented"));
    return woven == null ? null : woven.classFile();
  }

  private static boolean linksWithInvokedynamic(ClassModel type) {
    if (type.majorVersion() < AdviceWeaver.OLDEST_MAJOR_VERSION) {
      AgentLog.warnOnce("version:" + type.binaryName(), type.binaryName() + " is compiled for Java "
          + (type.majorVersion() - 44) + ", older than the Java 7 the agent's advice needs; it runs uninstrumented");
      return false;
    }
    return true;
  }
}
