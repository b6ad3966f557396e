package dev.touchpoint.spring.outbound;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The hosts that may receive the end customer with a call: exact names or addresses, and
 * {@code *.domain} for every host below a domain (not the domain itself). Names are compared
 * without regard to case, as DNS compares them.
 */
public final class TrustedHosts {

  private final List<String> exact;
  private final List<String> suffixes;

  private TrustedHosts(List<String> exact, List<String> suffixes) {
    this.exact = exact;
    this.suffixes = suffixes;
  }

  public static TrustedHosts of(List<String> entries) {
    List<String> normalised = entries.stream().map(entry -> entry.strip().toLowerCase(Locale.ROOT))
        .filter(entry -> !entry.isEmpty()).toList();
    return new TrustedHosts(normalised.stream().filter(entry -> !entry.startsWith("*.")).toList(),
        normalised.stream().filter(entry -> entry.startsWith("*.")).map(entry -> entry.substring(1)).toList());
  }

  /** Whether a call to {@code uri} may carry the end customer. */
  public boolean trusts(URI uri) {
    String host = uri == null ? null : uri.getHost();
    if (host == null) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT);
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    if (exact.contains(name)) {
      return true;
    }
    for (String suffix : suffixes) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        return true;
      }
    }
    return false;
  }
}
