package dev.touchpoint.spring.actuate;

import dev.touchpoint.runtime.TouchpointRuntime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/touchpoints}: the application's experience maps, as its build wrote them, and
 * what Touchpoint records into. Exposed like any endpoint
 * ({@code management.endpoints.web.exposure.include=touchpoints}).
 */
@Endpoint(id = "touchpoints")
public class TouchpointsEndpoint {

  private final ExperienceMaps maps;

  public TouchpointsEndpoint(ExperienceMaps maps) {
    this.maps = maps;
  }

  @ReadOperation
  public Map<String, Object> touchpoints() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("recordsInto", TouchpointRuntime.recordsInto());
    body.put("touchpoints", maps.touchpoints());
    body.put("experienceMaps", maps.maps());
    return body;
  }
}
