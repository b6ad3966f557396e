package dev.touchpoint.runtime;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a customer id into the only form telemetry may carry: HMAC-SHA256 under a key the service
 * configures, truncated to 128 bits, in hex. The same id gives the same pseudonym under one key, so
 * a customer's calls can be followed, and a different one under another key, so services do not
 * share a linkable id unless they share a key. Without a key there is no id in telemetry at all.
 *
 * <p>The key comes from {@link #useKey}, or the {@value #KEY_PROPERTY} system property, or the
 * {@code TOUCHPOINT_PSEUDONYM_KEY} environment variable.
 */
public final class Pseudonyms {

  public static final String KEY_PROPERTY = "touchpoint.pseudonym.key";
  private static final String ALGORITHM = "HmacSHA256";
  private static final int BYTES = 16;

  private static volatile SecretKeySpec key = fromEnvironment();
  private static final ThreadLocal<KeyedMac> MAC = new ThreadLocal<>();

  private Pseudonyms() {}

  /** Pseudonymises ids with {@code key} from now on; null or empty means no ids in telemetry at all. */
  public static void useKey(byte[] key) {
    Pseudonyms.key = key == null || key.length == 0 ? null : new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /** The pseudonym of {@code id}, or null when no key is configured. */
  public static String of(String id) {
    SecretKeySpec current = key;
    if (current == null || id == null) {
      return null;
    }
    try {
      KeyedMac keyed = MAC.get();
      if (keyed == null || keyed.key != current) {
        Mac mac = Mac.getInstance(ALGORITHM);
        mac.init(current);
        keyed = new KeyedMac(current, mac);
        MAC.set(keyed);
      }
      byte[] digest = keyed.mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, BYTES);
    } catch (GeneralSecurityException | RuntimeException problem) {
      InternalErrors.report("pseudonymise a customer id (the id is left out)", problem);
      return null;
    }
  }

  private static SecretKeySpec fromEnvironment() {
    String configured = System.getProperty(KEY_PROPERTY, System.getenv("TOUCHPOINT_PSEUDONYM_KEY"));
    return configured == null || configured.isEmpty()
        ? null
        : new SecretKeySpec(configured.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  private record KeyedMac(SecretKeySpec key, Mac mac) {}
}
