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
 * {@code TOUCHPOINT_PSEUDONYM_KEY} environment variable, and must be at least
 * {@value #MIN_KEY_BYTES} bytes: a short key can be recovered from a single id and its pseudonym.
 * Each key has a public {@link #keyId() id}, which travels beside a pseudonym so that a receiving
 * service accepts only pseudonyms made under its own key.
 */
public final class Pseudonyms {

  public static final String KEY_PROPERTY = "touchpoint.pseudonym.key";
  /**
   * Whether this service sends the end customer's pseudonym on to the services it calls. Off by
   * default: only turn it on where every callee is a trusted peer sharing the key.
   */
  public static final String PROPAGATE_PROPERTY = "touchpoint.pseudonym.propagate";
  public static final int MIN_KEY_BYTES = 32;
  private static final String ALGORITHM = "HmacSHA256";
  private static final int BYTES = 16;
  /** What a key's id is the MAC of: a public label, so the id says nothing of the key. */
  private static final byte[] KEY_ID_LABEL = "touchpoint pseudonym key id".getBytes(StandardCharsets.UTF_8);

  // Before the key: reading the key from the environment computes its id with a MAC.
  private static final ThreadLocal<KeyedMac> MAC = new ThreadLocal<>();
  private static volatile Key key = fromEnvironment();
  private static volatile Boolean propagate;

  private Pseudonyms() {}

  /**
   * Pseudonymises ids with {@code key} from now on; null or empty means no ids in telemetry at all.
   * A key shorter than {@value #MIN_KEY_BYTES} bytes is refused, with one line in the log: no ids.
   */
  public static void useKey(byte[] key) {
    Pseudonyms.key = accept(key == null ? null : key.clone());
  }

  /** The pseudonym of {@code id}, or null when no key is configured. */
  public static String of(String id) {
    Key current = key;
    if (current == null || id == null) {
      return null;
    }
    return mac(current, id.getBytes(StandardCharsets.UTF_8));
  }

  /** The public id of the key in use (eight hex digits), or null without a key. */
  public static String keyId() {
    Key current = key;
    return current == null ? null : current.id;
  }

  /**
   * Whether this service sends pseudonyms on to the services it calls: as set by
   * {@link #propagate(boolean)}, else {@value #PROPAGATE_PROPERTY}.
   */
  static boolean propagated() {
    Boolean set = propagate;
    return set != null ? set : Settings.isEnabled(PROPAGATE_PROPERTY);
  }

  /** Sends pseudonyms on, or not, whatever {@value #PROPAGATE_PROPERTY} says; for integrations' own settings. */
  public static void propagate(boolean sendOn) {
    propagate = sendOn;
  }

  private static String mac(Key current, byte[] input) {
    try {
      KeyedMac keyed = MAC.get();
      if (keyed == null || keyed.key != current) {
        Mac mac = Mac.getInstance(ALGORITHM);
        mac.init(current.spec);
        keyed = new KeyedMac(current, mac);
        MAC.set(keyed);
      }
      byte[] digest = keyed.mac.doFinal(input);
      return HexFormat.of().formatHex(digest, 0, BYTES);
    } catch (GeneralSecurityException | RuntimeException problem) {
      InternalErrors.report("pseudonymise a customer id (the id is left out)", problem);
      return null;
    }
  }

  private static Key accept(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return null;
    }
    if (bytes.length < MIN_KEY_BYTES) {
      RuntimeLog.warn("Touchpoint refuses a pseudonym key of " + bytes.length + (bytes.length == 1 ? " byte" : " bytes")
          + ": a key must be at least " + MIN_KEY_BYTES + " bytes of random data (make one with: openssl rand"
          + " -base64 32). Until one is set, no customer id of any kind reaches telemetry.");
      return null;
    }
    Key accepted = new Key(new SecretKeySpec(bytes, ALGORITHM), null);
    String id = mac(accepted, KEY_ID_LABEL);
    return id == null ? null : new Key(accepted.spec, id.substring(0, 8));
  }

  private static Key fromEnvironment() {
    String configured = System.getProperty(KEY_PROPERTY, System.getenv("TOUCHPOINT_PSEUDONYM_KEY"));
    return configured == null || configured.isEmpty() ? null : accept(configured.getBytes(StandardCharsets.UTF_8));
  }

  /** A key and its public id. */
  private record Key(SecretKeySpec spec, String id) {}

  private record KeyedMac(Key key, Mac mac) {}
}
