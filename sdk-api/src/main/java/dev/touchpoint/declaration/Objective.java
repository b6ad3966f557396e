package dev.touchpoint.declaration;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Parses a promise's {@code objective}: the share of calls that must keep it, as a percentage
 * ("99.5%"). Read by the annotation processor, the touchpoints file and the SLO generator; the
 * runtime never needs it, because a call is judged kept or broken whatever the objective.
 */
public final class Objective {

  /** The accepted forms, for error messages. */
  public static final String ACCEPTED_FORMS =
      "a percentage above 0 and below 100, such as \"99.5%\" or \"99.95%\" (100% leaves no error budget)";

  private static final Pattern FORM = Pattern.compile("\\d{1,2}(\\.\\d{1,6})?%");

  private Objective() {}

  /** Whether {@code text} is an objective in one of the {@linkplain #ACCEPTED_FORMS accepted forms}. */
  public static boolean isValid(String text) {
    return text != null && FORM.matcher(text.strip()).matches() && ratio(text).signum() > 0;
  }

  /**
   * The objective as a ratio: "99.5%" is 0.995.
   *
   * @throws IllegalArgumentException naming the accepted forms, when {@code text} is not one
   */
  public static BigDecimal ratio(String text) {
    if (text == null || !FORM.matcher(text.strip()).matches()) {
      throw new IllegalArgumentException("\"" + text + "\" is not an objective: write " + ACCEPTED_FORMS);
    }
    String percent = text.strip();
    return new BigDecimal(percent.substring(0, percent.length() - 1)).movePointLeft(2).stripTrailingZeros();
  }
}
