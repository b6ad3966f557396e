package dev.touchpoint.spring.autoconfigure;

import dev.touchpoint.Experience;
import dev.touchpoint.InboundCustomerPolicy;
import dev.touchpoint.runtime.CustomerBaggage;
import dev.touchpoint.runtime.Pseudonyms;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.boot.origin.OriginTrackedResource;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Hands {@code touchpoint.*} from the application's configuration to Touchpoint's runtime: the
 * inbound policy, and the pseudonym key, which is taken only from outside the application. A key
 * in a file packaged with it (its {@code application.yaml}, say) would be in every copy of the jar
 * and its image, so it is refused with one line, and no ids are recorded until one is set properly.
 * A malformed segment is one line too; the rest of the configuration applies.
 */
final class TouchpointSettings {

  static final String KEY_PROPERTY = "touchpoint.pseudonym.key";

  private static final Logger log = LoggerFactory.getLogger(TouchpointSettings.class);

  private TouchpointSettings() {}

  static void apply(TouchpointProperties properties, ConfigurableEnvironment environment) {
    Experience.useInboundCustomerPolicy(policy(properties.getInbound()));
    Pseudonyms.propagate(properties.getPseudonym().isPropagate());
    String key = properties.getPseudonym().getKey();
    if (key != null && !key.isEmpty()) {
      String packagedIn = packagedIn(environment);
      if (packagedIn != null) {
        log.warn("Touchpoint: ignored {} from {}: a key packaged with the application is in every copy of it."
            + " Set it in the environment (TOUCHPOINT_PSEUDONYM_KEY) or a file outside the application;"
            + " until then no customer ids are recorded, not even as pseudonyms.", KEY_PROPERTY, packagedIn);
      } else {
        Experience.usePseudonymKey(key.getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static InboundCustomerPolicy policy(TouchpointProperties.Inbound inbound) {
    InboundCustomerPolicy policy = InboundCustomerPolicy.defaults();
    if (inbound.isTrustEveryCaller()) {
      policy = policy.trustingEveryCaller();
    }
    List<String> segments = inbound.getSegments().stream().map(String::strip).filter(segment -> !segment.isEmpty())
        .toList();
    List<String> valid = segments.stream().filter(CustomerBaggage::isValidSegment).toList();
    for (String invalid : segments) {
      if (!valid.contains(invalid)) {
        log.warn("Touchpoint: ignored touchpoint.inbound.segments entry '{}': a segment is {}", invalid,
            CustomerBaggage.SEGMENT_FORM);
      }
    }
    return valid.isEmpty() ? policy : policy.allowingSegments(valid.toArray(String[]::new));
  }

  private static Resource unwrapped(Resource resource) {
    return resource instanceof OriginTrackedResource tracked ? tracked.getResource() : resource;
  }

  /** The packaged file the key comes from, in words, or null when it comes from outside the application. */
  private static String packagedIn(ConfigurableEnvironment environment) {
    for (PropertySource<?> source : environment.getPropertySources()) {
      if (source.containsProperty(KEY_PROPERTY)) {
        Origin origin = OriginLookup.getOrigin(source, KEY_PROPERTY);
        for (Origin at = origin; at != null; at = at.getParent()) {
          // Spring Boot's view of all sources as one wraps the origin of the value it found.
          while (at instanceof PropertySourceOrigin wrapped && wrapped.getOrigin() != null) {
            at = wrapped.getOrigin();
          }
          if (at instanceof TextResourceOrigin text && unwrapped(text.getResource()) instanceof ClassPathResource packaged) {
            return "class path resource [" + packaged.getPath() + "]";
          }
        }
        return null;
      }
    }
    return null;
  }
}
