package dev.touchpoint.slo.read;

import dev.touchpoint.slo.model.DeclaredTouchpoint;
import dev.touchpoint.slo.model.PromiseObjective;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads one experience map (docs/experience-map.md) into {@link ExperienceSources}. */
final class ExperienceMapReader {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ExperienceSources sources;

  ExperienceMapReader(ExperienceSources sources) {
    this.sources = sources;
  }

  void read(String where, byte[] map) {
    JsonNode root;
    try {
      root = JSON.readTree(map);
    } catch (JacksonException notJson) {
      sources.problem(where + ": not an experience map (" + notJson.getOriginalMessage() + ")");
      return;
    }
    for (JsonNode touchpoint : root.path("touchpoints")) {
      String name = text(touchpoint, "name");
      List<String> promises = new ArrayList<>();
      List<String> bounds = new ArrayList<>();
      for (JsonNode promise : touchpoint.path("promises")) {
        promises.add(text(promise, "name"));
        bounds.add(text(promise, "within"));
      }
      if (name != null && !promises.contains(null)) {
        sources.addTouchpoint(new DeclaredTouchpoint(name, text(touchpoint, "serves"), text(touchpoint, "customer"),
            text(touchpoint, "journey"), text(touchpoint, "owner"), promises, bounds, where));
      }
      for (JsonNode promise : touchpoint.path("promises")) {
        String promiseName = text(promise, "name");
        BigDecimal objective = sources.objective(text(promise, "objective"),
            where + ": touchpoint " + name + ", promise " + promiseName);
        if (name == null || promiseName == null || objective == null) {
          continue;
        }
        sources.add(new PromiseObjective(name, promiseName, text(promise, "within"), objective,
            text(touchpoint, "serves"), text(touchpoint, "customer"), text(touchpoint, "journey"),
            text(touchpoint, "owner"), where));
      }
    }
    for (JsonNode recovery : root.path("recoveries")) {
      String name = text(recovery, "name");
      if (name != null) {
        sources.addRecovery(name);
      }
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
