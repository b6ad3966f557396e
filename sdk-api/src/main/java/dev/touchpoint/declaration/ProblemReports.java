package dev.touchpoint.declaration;

/**
 * Where a failure inside Touchpoint tells people to go. One sentence, shared by the processor, the
 * runtime and the agent, so that every "this is our bug" message points to the same place.
 */
public final class ProblemReports {

  /** Where to report; ends a sentence. */
  public static final String AS_THE_README_SAYS = "as 'Reporting problems' in Touchpoint's README says.";

  /** Ends a message about a failure that can only be Touchpoint's own. */
  public static final String PLEASE_REPORT = "This is a bug in Touchpoint: please report it with this message, " + AS_THE_README_SAYS;

  /** Ends a message about a failure that may also come from the application's OpenTelemetry pipeline. */
  public static final String REPORT_UNLESS_PIPELINE = "Unless the cause is the application's own OpenTelemetry set-up (an"
      + " exporter or span processor that throws), please report it with this message, " + AS_THE_README_SAYS;

  private ProblemReports() {}
}
