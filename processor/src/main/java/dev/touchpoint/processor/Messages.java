package dev.touchpoint.processor;

import dev.touchpoint.declaration.LatencyBound;
import dev.touchpoint.declaration.Objective;
import dev.touchpoint.declaration.ProblemReports;

/**
 * Every message the processor prints, in one place: each says what is wrong and how to fix it.
 * The tests write the messages out in full, as a user reads them.
 */
public final class Messages {

  /** The processor option that says the build runs the Touchpoint agent. */
  public static final String AGENT_OPTION = "touchpoint.agent";

  /**
   * The processor option that says the build weaves the compiled classes (Byte Buddy's build
   * plugin): the processor checks and maps, and generates no sources.
   */
  public static final String WEAVE_OPTION = "touchpoint.weave";

  /** The processor option that turns a missing @Touchpoint on an endpoint into an error. */
  public static final String REQUIRE_CUSTOMER_OPTION = "touchpoint.requireCustomer";

  /**
   * The processor option that gives promises stating no objective one, in the experience map;
   * without it they carry none there, and the SLO generator's default applies.
   */
  public static final String OBJECTIVE_OPTION = "touchpoint.objective";

  private Messages() {}

  public static String nameClash(String name, String here, String otherPlace, String other) {
    return "touchpoint \"" + name + "\" is declared twice for different experiences: here it "
        + here + ", in " + otherPlace + " it " + other + ". A touchpoint name stands for one"
        + " experience: give each its own name, or declare the same serves, customer, journey and"
        + " owner on both";
  }

  public static String badWithin(String promise, String within) {
    return "@BrandPromise(\"" + promise + "\") has within = \"" + within + "\", which is not a"
        + " latency bound: write " + LatencyBound.ACCEPTED_FORMS;
  }

  public static String badObjective(String promise, String objective) {
    return "@BrandPromise(\"" + promise + "\") has objective = \"" + objective + "\", which is not an"
        + " objective: write " + Objective.ACCEPTED_FORMS;
  }

  public static String badDefaultObjective(String objective) {
    return "-A" + OBJECTIVE_OPTION + "=" + objective + " is not an objective: write " + Objective.ACCEPTED_FORMS
        + ". The experience map gives no default objective";
  }

  public static String unknownPromise(String promise, String method) {
    return "@BrandPromise(\"" + promise + "\") on " + method + " names no bound, and no promise \""
        + promise + "\" is defined on its class or package: give it a bound here"
        + " (within = \"300ms\"), or define it once with @BrandPromise on the class or in"
        + " package-info.java";
  }

  public static String duplicatePromise(String promise, String where) {
    return "promise \"" + promise + "\" is declared twice on " + where
        + ": declare each promise once";
  }

  public static String blankPromiseName(String where) {
    return "@BrandPromise on " + where + " has a blank name: name what is promised, such as"
        + " \"fast\" or \"right-first-time\"";
  }

  public static String blankAttribute(String annotation, String attribute, String example) {
    return "@" + annotation + "(" + attribute + " = ...) is blank: give it a name such as "
        + example + ", or leave the attribute out";
  }

  public static String unreachable(String method, Unreachable why) {
    return "generated code cannot instrument " + method + ": it is " + why.reason() + ". "
        + why.fix() + ", or let the Touchpoint agent instrument it and tell the processor so"
        + " with -A" + AGENT_OPTION + "=true";
  }

  public static String leftToAgent(String method, Unreachable why) {
    return method + " is left to the Touchpoint agent (-A" + AGENT_OPTION + "=true): generated"
        + " code cannot instrument it because it is " + why.reason();
  }

  /** A recovery path or control generated code cannot reach is only a warning: it still runs. */
  public static String unreachablePath(String annotation, String method, Unreachable why) {
    return "generated code cannot measure @" + annotation + " " + method + ": it is " + why.reason()
        + ". " + why.fix() + ", or let the Touchpoint agent instrument it (-A" + AGENT_OPTION
        + "=true); until then its calls are not measured";
  }

  public static String moreThanOneKind(String method) {
    return method + " is marked as more than one of @Touchpoint, @Recovery and @Control: one call is"
        + " one of them; choose the one it is";
  }

  public static String abstractInClass(String method) {
    return "@Touchpoint on abstract method " + method + ": it has no code to instrument; annotate"
        + " the method that implements it instead";
  }

  public static String missingCustomer(String method, String endpointAnnotation, boolean isError) {
    return method + " is an endpoint (@" + endpointAnnotation + ") with no @Touchpoint: who is"
        + " your customer? Add @Touchpoint(serves = CustomerKind.EXTERNAL, customer = \"...\")"
        + " (or INTERNAL, PARTNER) so that every call says whom it serves"
        + (isError ? "" : "; compile with -A" + REQUIRE_CUSTOMER_OPTION + "=true to make this an error")
        + ". An endpoint that serves no customer (a health check) says so with @SuppressWarnings(\"touchpoint\")";
  }

  public static String generatedNameTaken(String generated, String type) {
    return "cannot generate " + generated + " for " + type + ": a type with that name already"
        + " exists. Rename it; the processor names the instrumented version of a type X"
        + " XTouchpoints";
  }

  public static String processorFailure(String element, Throwable failure) {
    return "Touchpoint's annotation processor failed on " + element + " (" + failure + "); " + element
        + " was not instrumented. " + ProblemReports.PLEASE_REPORT;
  }

  /** Why generated code cannot reach a method, and what would let it. */
  public record Unreachable(String reason, String fix) {}
}
