package dev.touchpoint.spring.actuate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The experience maps of an application: one {@code META-INF/touchpoint/experience-map.json} per
 * module built with the Touchpoint processor, found on its class path. Read once: they are part of
 * the build and do not change while it runs. A map that cannot be read is listed with the reason,
 * and the others are served.
 */
public final class ExperienceMaps {

  public static final String RESOURCE = "META-INF/touchpoint/experience-map.json";
  private static final int MOST_BYTES = 16 * 1024 * 1024;

  private final List<Map<String, Object>> maps;

  private ExperienceMaps(List<Map<String, Object>> maps) {
    this.maps = List.copyOf(maps);
  }

  public static ExperienceMaps load(ClassLoader loader) {
    List<Map<String, Object>> maps = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader.getResources(RESOURCE))) {
        maps.add(read(url));
      }
    } catch (IOException unlisted) {
      maps.add(Map.of("problem", "the class path could not be searched for experience maps: " + unlisted.getMessage()));
    }
    return new ExperienceMaps(maps);
  }

  private static Map<String, Object> read(URL url) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("location", url.toString());
    try (InputStream in = url.openStream()) {
      byte[] bytes = in.readNBytes(MOST_BYTES + 1);
      if (bytes.length > MOST_BYTES) {
        entry.put("problem", "larger than 16 MB");
        return entry;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = JsonMapper.shared().readValue(bytes, Map.class);
      entry.put("map", map);
    } catch (IOException | JacksonException unreadable) {
      entry.put("problem", "not a readable experience map: " + unreadable.getMessage());
    }
    return entry;
  }

  /** Each map with where it was found ({@code location}): its content ({@code map}) or why not ({@code problem}). */
  public List<Map<String, Object>> maps() {
    return maps;
  }

  /** How many touchpoints the readable maps declare. */
  public int touchpoints() {
    int count = 0;
    for (Map<String, Object> entry : maps) {
      if (entry.get("map") instanceof Map<?, ?> map && map.get("touchpoints") instanceof List<?> touchpoints) {
        count += touchpoints.size();
      }
    }
    return count;
  }
}
