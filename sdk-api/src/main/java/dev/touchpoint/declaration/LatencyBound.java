package dev.touchpoint.declaration;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a promise's {@code within} bound ("300ms", "2s", "1m", "1h"). Used when a descriptor is
 * built and by the annotation processor, never per call.
 */
public final class LatencyBound {

  /** The accepted forms, for error messages. */
  public static final String ACCEPTED_FORMS =
      "a whole number greater than zero followed by ms, s, m or h, such as \"300ms\", \"2s\" or \"1m\"";

  private static final Pattern FORM = Pattern.compile("(\\d{1,18})(ms|s|m|h)");

  private LatencyBound() {}

  /**
   * Returns the bound as a {@link Duration}.
   *
   * @throws IllegalArgumentException naming the accepted forms, when {@code text} is not one
   */
  public static Duration parse(String text) {
    Duration bound = parseOrNull(text);
    if (bound == null) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a latency bound: write " + ACCEPTED_FORMS);
    }
    return bound;
  }

  /** Whether {@code text} is a latency bound in one of the {@linkplain #ACCEPTED_FORMS accepted forms}. */
  public static boolean isValid(String text) {
    return parseOrNull(text) != null;
  }

  private static Duration parseOrNull(String text) {
    if (text == null) {
      return null;
    }
    Matcher matcher = FORM.matcher(text.strip());
    if (!matcher.matches()) {
      return null;
    }
    long amount = Long.parseLong(matcher.group(1));
    if (amount == 0) {
      return null;
    }
    try {
      Duration bound =
          switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
          };
      bound.toNanos(); // a bound must fit the nanosecond clock it is compared against
      return bound;
    } catch (ArithmeticException tooLong) {
      return null;
    }
  }
}
