package dev.touchpoint.spring.inbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The callers a service trusts, by the address a request came from: single addresses and CIDR
 * ranges, IPv4 and IPv6. Only literal addresses are accepted, never host names, so that checking a
 * request never waits on DNS and no DNS answer can make a caller trusted. A malformed entry is one
 * line in the log and trusts nobody; the others still work.
 */
public final class TrustedPeers {

  private static final Logger log = LoggerFactory.getLogger(TrustedPeers.class);

  private final List<Range> ranges;

  private TrustedPeers(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  public static TrustedPeers of(List<String> entries) {
    List<Range> ranges = new ArrayList<>();
    for (String entry : entries) {
      Range range = Range.parse(entry.strip());
      if (range == null) {
        log.warn("Touchpoint: ignored touchpoint.inbound.trusted-peers entry '{}': write an IP address"
            + " (10.0.0.7, ::1) or a CIDR range (10.0.0.0/8, fd00::/8), never a host name", entry);
      } else {
        ranges.add(range);
      }
    }
    return new TrustedPeers(ranges);
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /** Whether a request from {@code address} (as the server saw it) comes from a trusted peer. */
  public boolean trusts(String address) {
    if (ranges.isEmpty() || address == null) {
      return false;
    }
    byte[] bytes = literal(address);
    if (bytes == null) {
      return false;
    }
    for (Range range : ranges) {
      if (range.contains(bytes)) {
        return true;
      }
    }
    return false;
  }

  public boolean trusts(InetAddress address) {
    return address != null && trusts(address.getHostAddress());
  }

  /** The bytes of a literal IPv4 or IPv6 address, or null for anything else; never a DNS lookup. */
  static byte[] literal(String address) {
    String bare = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
    int zone = bare.indexOf('%');
    if (zone >= 0) {
      bare = bare.substring(0, zone);
    }
    if (bare.isEmpty() || !(bare.indexOf(':') >= 0 || bare.chars().allMatch(c -> c == '.' || Character.isDigit(c)))) {
      return null;
    }
    try {
      // Given a literal, InetAddress parses it and never asks DNS.
      return InetAddress.getByName(bare).getAddress();
    } catch (UnknownHostException | SecurityException notAnAddress) {
      return null;
    }
  }

  private record Range(byte[] network, int prefixBits) {

    static Range parse(String entry) {
      int slash = entry.indexOf('/');
      byte[] address = literal(slash < 0 ? entry : entry.substring(0, slash));
      if (address == null) {
        return null;
      }
      int bits = address.length * 8;
      if (slash >= 0) {
        try {
          bits = Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException notANumber) {
          return null;
        }
        if (bits < 0 || bits > address.length * 8) {
          return null;
        }
      }
      return new Range(address, bits);
    }

    boolean contains(byte[] address) {
      byte[] candidate = address;
      if (candidate.length != network.length) {
        candidate = ipv4MappedToIpv4(candidate);
        if (candidate == null || candidate.length != network.length) {
          return false;
        }
      }
      int whole = prefixBits / 8;
      for (int i = 0; i < whole; i++) {
        if (candidate[i] != network[i]) {
          return false;
        }
      }
      int rest = prefixBits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xff << (8 - rest) & 0xff;
      return (candidate[whole] & mask) == (network[whole] & mask);
    }

    /** {@code ::ffff:10.0.0.7}, as a dual-stack server may report an IPv4 caller, as 10.0.0.7. */
    private static byte[] ipv4MappedToIpv4(byte[] address) {
      if (address.length != 16) {
        return null;
      }
      for (int i = 0; i < 10; i++) {
        if (address[i] != 0) {
          return null;
        }
      }
      if (address[10] != (byte) 0xff || address[11] != (byte) 0xff) {
        return null;
      }
      return new byte[] {address[12], address[13], address[14], address[15]};
    }
  }
}
