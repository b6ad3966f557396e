package dev.touchpoint.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** IDEs complete and explain {@code touchpoint.*} from the metadata Spring Boot's processor writes into the jar. */
class ConfigurationMetadataTest {

  @Test
  void everyPropertyIsDescribedForIdes() throws Exception {
    Map<?, ?> metadata;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      metadata = JsonMapper.shared().readValue(in, Map.class);
    }
    List<?> properties = (List<?>) metadata.get("properties");
    List<String> names = properties.stream().map(property -> String.valueOf(((Map<?, ?>) property).get("name"))).toList();

    assertThat(names).contains(
        "touchpoint.inbound.trusted-peers", "touchpoint.inbound.trust-every-caller", "touchpoint.inbound.segments",
        "touchpoint.inbound.enabled", "touchpoint.outbound.trusted-hosts", "touchpoint.pseudonym.key",
        "touchpoint.pseudonym.propagate");
    assertThat(properties).filteredOn(property -> ((Map<?, ?>) property).get("name").toString().startsWith("touchpoint."))
        .allSatisfy(property -> assertThat(((Map<?, ?>) property).get("description")).asString().isNotBlank());
  }
}
