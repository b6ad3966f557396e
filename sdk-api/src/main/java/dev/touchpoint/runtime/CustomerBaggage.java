package dev.touchpoint.runtime;

import dev.touchpoint.CustomerKind;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.baggage.BaggageBuilder;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The end customer's W3C Baggage entries, and what a valid one looks like. Values from outside are
 * untrusted input: anything that does not match exactly is not a customer.
 */
public final class CustomerBaggage {

  public static final String KIND = "cx.customer.kind";
  public static final String SEGMENT = "cx.customer.segment";
  /** OpenTelemetry's {@code enduser.pseudo.id}: never the id, only its keyed hash. */
  public static final String PSEUDONYM = "enduser.pseudo.id";

  /** The longest segment accepted, from code or from outside. */
  public static final int MAX_SEGMENT_LENGTH = 64;
  /** A segment is a short identifier: letters, digits, '.', '_' and '-'. */
  public static final String SEGMENT_FORM = "at most " + MAX_SEGMENT_LENGTH
      + " letters, digits, '.', '_' or '-', such as \"shopper\" or \"support-agents\"";

  private static final Pattern SEGMENT_PATTERN = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_SEGMENT_LENGTH + "}");
  private static final Pattern PSEUDONYM_PATTERN = Pattern.compile("[0-9a-f]{8,64}");

  private CustomerBaggage() {}

  public static boolean isValidSegment(String segment) {
    return segment != null && SEGMENT_PATTERN.matcher(segment).matches();
  }

  static boolean isValidPseudonym(String pseudonym) {
    return pseudonym != null && PSEUDONYM_PATTERN.matcher(pseudonym).matches();
  }

  /** The kind a baggage value names exactly ("external", "internal", "partner"), or null. */
  static CustomerKind kindOf(String value) {
    if (value == null) {
      return null;
    }
    for (CustomerKind kind : CustomerKind.values()) {
      if (kind.attributeValue().equals(value)) {
        return kind;
      }
    }
    return null;
  }

  /** {@code baggage} with {@code customer}'s entries, replacing any there were. */
  static Baggage with(Baggage baggage, EndCustomer customer) {
    BaggageBuilder builder = baggage.toBuilder()
        .put(KIND, customer.kind().attributeValue())
        .put(SEGMENT, customer.segment());
    if (customer.pseudonym() != null) {
      builder.put(PSEUDONYM, customer.pseudonym());
    } else {
      builder.remove(PSEUDONYM);
    }
    return builder.build();
  }

  /** {@code baggage} without any end-customer entry, for a call to a party that must not see them. */
  static Baggage without(Baggage baggage) {
    BaggageBuilder builder = baggage.toBuilder();
    baggage.forEach((key, entry) -> {
      if (key.toLowerCase(Locale.ROOT).startsWith("cx.") || key.equals(PSEUDONYM)) {
        builder.remove(key);
      }
    });
    return builder.build();
  }
}
