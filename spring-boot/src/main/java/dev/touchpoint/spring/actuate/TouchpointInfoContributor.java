package dev.touchpoint.spring.actuate;

import dev.touchpoint.runtime.TouchpointRuntime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/** The {@code touchpoint} entry of {@code /actuator/info}: what touchpoints record into, and how many there are. */
public class TouchpointInfoContributor implements InfoContributor {

  private final ExperienceMaps maps;

  public TouchpointInfoContributor(ExperienceMaps maps) {
    this.maps = maps;
  }

  @Override
  public void contribute(Info.Builder builder) {
    Map<String, Object> touchpoint = new LinkedHashMap<>();
    touchpoint.put("recordsInto", TouchpointRuntime.recordsInto());
    touchpoint.put("touchpoints", maps.touchpoints());
    touchpoint.put("experienceMaps", maps.maps().size());
    builder.withDetail("touchpoint", touchpoint);
  }
}
