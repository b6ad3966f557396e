package dev.touchpoint.spring.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Touchpoint's settings in {@code application.yaml}, under {@code touchpoint}. Every field's comment
 * is what an IDE shows for it.
 */
@ConfigurationProperties("touchpoint")
public class TouchpointProperties {

  private final Inbound inbound = new Inbound();
  private final Outbound outbound = new Outbound();
  private final Pseudonym pseudonym = new Pseudonym();

  public Inbound getInbound() {
    return inbound;
  }

  public Outbound getOutbound() {
    return outbound;
  }

  public Pseudonym getPseudonym() {
    return pseudonym;
  }

  /** Which end customers this service admits from the requests it receives. */
  public static class Inbound {

    /**
     * Callers whose INTERNAL and PARTNER end-customer claims and pseudonyms count: IP addresses or
     * CIDR ranges ("10.0.0.0/8", "::1"), matched against the address the request came from. Any other
     * caller may claim only an EXTERNAL end customer.
     */
    private List<String> trustedPeers = new ArrayList<>();

    /**
     * Trust every caller, as a service reachable only through a gateway that strips cx.* baggage from
     * the internet may.
     */
    private boolean trustEveryCaller;

    /** When set, the only segments accepted from callers; any other claim is ignored. */
    private List<String> segments = new ArrayList<>();

    /** Whether the filters that admit the end customer at the edge run. */
    private boolean enabled = true;

    public List<String> getTrustedPeers() {
      return trustedPeers;
    }

    public void setTrustedPeers(List<String> trustedPeers) {
      this.trustedPeers = trustedPeers;
    }

    public boolean isTrustEveryCaller() {
      return trustEveryCaller;
    }

    public void setTrustEveryCaller(boolean trustEveryCaller) {
      this.trustEveryCaller = trustEveryCaller;
    }

    public List<String> getSegments() {
      return segments;
    }

    public void setSegments(List<String> segments) {
      this.segments = segments;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** Where the end customer may go with the calls this service makes. */
  public static class Outbound {

    /**
     * Hosts that receive the end customer with calls made through RestClient, RestTemplate and
     * WebClient: exact names ("payments", "10.0.0.7") or "*." and a domain ("*.shop.internal"). Calls
     * to any other host go out without cx.* and enduser.pseudo.id baggage.
     */
    private List<String> trustedHosts = new ArrayList<>();

    public List<String> getTrustedHosts() {
      return trustedHosts;
    }

    public void setTrustedHosts(List<String> trustedHosts) {
      this.trustedHosts = trustedHosts;
    }
  }

  /** How customer ids become pseudonyms in telemetry. */
  public static class Pseudonym {

    /**
     * The key customer ids are pseudonymised with: at least 32 bytes ("openssl rand -base64 32").
     * Taken from the environment (TOUCHPOINT_PSEUDONYM_KEY), a system property or a configuration
     * file outside the application; never from a file packaged in the application.
     */
    private String key;

    /** Send the pseudonym on to the services this one calls (all of them trusted peers sharing the key). */
    private boolean propagate;

    public String getKey() {
      return key;
    }

    public void setKey(String key) {
      this.key = key;
    }

    public boolean isPropagate() {
      return propagate;
    }

    public void setPropagate(boolean propagate) {
      this.propagate = propagate;
    }
  }
}
