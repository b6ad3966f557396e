package dev.touchpoint.runtime;

import dev.touchpoint.CustomerKind;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.baggage.BaggageBuilder;
import io.opentelemetry.api.baggage.BaggageEntry;
import io.opentelemetry.api.baggage.BaggageEntryMetadata;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The end customer's W3C Baggage entries, and what a valid one looks like. Values from outside are
 * untrusted input: anything that does not match exactly is not a customer.
 */
public final class CustomerBaggage {

  public static final String KIND = "cx.customer.kind";
  public static final String SEGMENT = "cx.customer.segment";
  /**
   * OpenTelemetry's {@code enduser.pseudo.id}: never the id, only its keyed hash, with the public id
   * of the key it was made under as the entry's metadata ({@code touchpoint-key=1a2b3c4d}).
   */
  public static final String PSEUDONYM = "enduser.pseudo.id";
  static final String KEY_METADATA = "touchpoint-key=";

  /** The longest segment accepted, from code or from outside. */
  public static final int MAX_SEGMENT_LENGTH = 64;
  /** A segment is a short identifier: letters, digits, '.', '_' and '-'. */
  public static final String SEGMENT_FORM = "at most " + MAX_SEGMENT_LENGTH
      + " letters, digits, '.', '_' or '-', such as \"shopper\" or \"support-agents\"";

  private static final Pattern SEGMENT_PATTERN = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_SEGMENT_LENGTH + "}");
  /** Exactly what {@link Pseudonyms} emits: 128 bits in lowercase hex. */
  private static final Pattern PSEUDONYM_PATTERN = Pattern.compile("[0-9a-f]{32}");

  private CustomerBaggage() {}

  public static boolean isValidSegment(String segment) {
    return segment != null && SEGMENT_PATTERN.matcher(segment).matches();
  }

  static boolean isValidPseudonym(String pseudonym) {
    return pseudonym != null && PSEUDONYM_PATTERN.matcher(pseudonym).matches();
  }

  /**
   * The kind a baggage value names exactly ("external", "internal", "partner"), or null. The value
   * is the one W3C Baggage carries, after the percent-decoding the W3C format defines (which the
   * propagator does): {@code %69nternal} is {@code internal}, while {@code INTERNAL} is no kind.
   */
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

  /** Whether {@code baggage} carries any of the end customer's entries. */
  public static boolean hasCustomerEntries(Baggage baggage) {
    return baggage.getEntryValue(KIND) != null || baggage.getEntryValue(SEGMENT) != null
        || baggage.getEntryValue(PSEUDONYM) != null;
  }

  /** The public id of the key {@code baggage}'s pseudonym was made under, or null. */
  static String pseudonymKeyId(Baggage baggage) {
    BaggageEntry[] found = new BaggageEntry[1];
    baggage.forEach((key, entry) -> {
      if (key.equals(PSEUDONYM)) {
        found[0] = entry;
      }
    });
    String metadata = found[0] == null ? null : found[0].getMetadata().getValue();
    return metadata != null && metadata.startsWith(KEY_METADATA) ? metadata.substring(KEY_METADATA.length()) : null;
  }

  /**
   * {@code baggage} with {@code customer}'s entries in place of any there were: kind and segment,
   * and the pseudonym only when {@code withPseudonym} (it then carries its key's id).
   */
  static Baggage with(Baggage baggage, EndCustomer customer, boolean withPseudonym) {
    BaggageBuilder builder = baggage.toBuilder()
        .put(KIND, customer.kind().attributeValue())
        .put(SEGMENT, customer.segment());
    String keyId = Pseudonyms.keyId();
    if (withPseudonym && customer.pseudonym() != null && keyId != null) {
      builder.put(PSEUDONYM, customer.pseudonym(), BaggageEntryMetadata.create(KEY_METADATA + keyId));
    } else {
      builder.remove(PSEUDONYM);
    }
    return builder.build();
  }

  /**
   * {@code baggage} without any end-customer entry: for a call to a party that must not see them,
   * and for what a service refused, which goes no further.
   */
  public static Baggage without(Baggage baggage) {
    BaggageBuilder builder = baggage.toBuilder();
    baggage.forEach((key, entry) -> {
      if (key.toLowerCase(Locale.ROOT).startsWith("cx.") || key.equals(PSEUDONYM)) {
        builder.remove(key);
      }
    });
    return builder.build();
  }
}
