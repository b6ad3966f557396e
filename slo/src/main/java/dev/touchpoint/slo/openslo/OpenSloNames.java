package dev.touchpoint.slo.openslo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * OpenSLO's names follow Kubernetes': at most 63 lowercase letters, digits and dashes, starting and
 * ending with a letter or digit (RFC 1123). Touchpoint names have dots and may be long, so a name
 * is made to fit, and one shortened to fit ends with a hash of the whole, to stay unique.
 */
final class OpenSloNames {

  static final int LONGEST = 63;

  private OpenSloNames() {}

  static String of(String... parts) {
    String whole = String.join("-", parts).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (whole.length() <= LONGEST) {
      return whole.isEmpty() ? "unnamed" : whole;
    }
    String hash = hash(String.join("\u0000", parts));
    return whole.substring(0, LONGEST - hash.length() - 1).replaceAll("-+$", "") + "-" + hash;
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException everyJdkHasIt) {
      throw new IllegalStateException(everyJdkHasIt);
    }
  }
}
