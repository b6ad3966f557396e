package dev.touchpoint.agent.matching;

import dev.touchpoint.agent.AgentLog;
import dev.touchpoint.declaration.ControlDeclaration;
import dev.touchpoint.declaration.DeclaredPromise;
import dev.touchpoint.declaration.RecoveryDeclaration;
import dev.touchpoint.declaration.TouchpointDeclaration;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the experience maps the processor wrote ({@value #LOCATION}) that a class loader can see.
 * A class named in a map is matched by name, with its promises already resolved: no annotation of
 * it needs reading. A map that cannot be read is reported once and skipped.
 */
final class ExperienceMaps {

  static final String LOCATION = "META-INF/touchpoint/experience-map.json";
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final java.util.Set<String> SECTIONS = java.util.Set.of("touchpoints", "recoveries", "controls");

  private ExperienceMaps() {}

  /** Every mapped method {@code loader} can see, by the binary name of its class. */
  static Map<String, List<MappedMethod>> visibleFrom(ClassLoader loader) {
    Map<String, List<MappedMethod>> byClass = new HashMap<>();
    List<URL> maps;
    try {
      maps = Collections.list(loader.getResources(LOCATION));
    } catch (IOException | RuntimeException unreadable) {
      AgentLog.warnOnce("maps:" + loader, "cannot list experience maps in " + loader + ": " + unreadable);
      return byClass;
    }
    for (URL map : maps) {
      try (InputStream in = map.openStream(); JsonParser json = JSON.createParser(in)) {
        read(json, byClass);
      } catch (IOException | RuntimeException unreadable) {
        AgentLog.warnOnce("map:" + map, "cannot read the experience map " + map + " (" + unreadable
            + "); its classes are matched by their annotations instead");
      }
    }
    return byClass;
  }

  private static void read(JsonParser json, Map<String, List<MappedMethod>> byClass) {
    expect(json.nextToken(), JsonToken.START_OBJECT);
    while (json.nextToken() == JsonToken.PROPERTY_NAME) {
      String section = json.currentName();
      JsonToken value = json.nextToken();
      if (SECTIONS.contains(section) && value == JsonToken.START_ARRAY) {
        while (json.nextToken() == JsonToken.START_OBJECT) {
          MappedMethod method = switch (section) {
            case "touchpoints" -> touchpoint(json);
            case "recoveries" -> recovery(json);
            default -> control(json);
          };
          if (method != null) {
            byClass.computeIfAbsent(method.className(), name -> new ArrayList<>()).add(method);
          }
        }
      } else {
        json.skipChildren(); // a field a later format version added
      }
    }
  }

  private static MappedMethod touchpoint(JsonParser json) {
    Map<String, String> fields = new HashMap<>();
    List<DeclaredPromise> promises = new ArrayList<>();
    while (json.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      if ("promises".equals(field) && value == JsonToken.START_ARRAY) {
        while (json.nextToken() == JsonToken.START_OBJECT) {
          DeclaredPromise promise = promise(json);
          if (promise != null) {
            promises.add(promise);
          }
        }
      } else {
        readInto(json, value, field, fields);
      }
    }
    if (missing(fields, "name", "class", "method", "descriptor", "serves")) {
      return null;
    }
    return new MappedMethod(fields.get("method"), fields.get("descriptor"),
        new TouchpointDeclaration(fields.get("name"), fields.get("serves").toUpperCase(Locale.ROOT),
            fields.get("customer"), fields.get("journey"), fields.get("owner"), promises,
            fields.get("class"), fields.get("method"), fields.get("descriptor")),
        null, null);
  }

  private static DeclaredPromise promise(JsonParser json) {
    Map<String, String> fields = new HashMap<>();
    List<String> tolerates = new ArrayList<>();
    while (json.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      if ("tolerates".equals(field) && value == JsonToken.START_ARRAY) {
        while (json.nextToken() == JsonToken.VALUE_STRING) {
          tolerates.add(json.getString());
        }
      } else {
        readInto(json, value, field, fields);
      }
    }
    return fields.get("name") == null ? null : new DeclaredPromise(fields.get("name"), fields.get("within"), tolerates);
  }

  private static MappedMethod recovery(JsonParser json) {
    Map<String, String> fields = strings(json);
    if (missing(fields, "name", "class", "method", "descriptor")) {
      return null;
    }
    return new MappedMethod(fields.get("method"), fields.get("descriptor"), null,
        new RecoveryDeclaration(fields.get("name"), fields.get("class"), fields.get("method"), fields.get("descriptor")),
        null);
  }

  private static MappedMethod control(JsonParser json) {
    Map<String, String> fields = strings(json);
    if (missing(fields, "name", "class", "method", "descriptor")) {
      return null;
    }
    return new MappedMethod(fields.get("method"), fields.get("descriptor"), null, null,
        new ControlDeclaration(fields.get("name"), fields.get("class"), fields.get("method"), fields.get("descriptor")));
  }

  /** The string fields of the object the parser is in; nested values are skipped. */
  private static Map<String, String> strings(JsonParser json) {
    Map<String, String> fields = new HashMap<>();
    while (json.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = json.currentName();
      readInto(json, json.nextToken(), field, fields);
    }
    return fields;
  }

  private static void readInto(JsonParser json, JsonToken value, String field, Map<String, String> fields) {
    if (value == JsonToken.VALUE_STRING) {
      fields.put(field, json.getString());
    } else {
      json.skipChildren();
    }
  }

  private static boolean missing(Map<String, String> fields, String... required) {
    for (String field : required) {
      if (fields.get(field) == null) {
        return true;
      }
    }
    return false;
  }

  private static void expect(JsonToken found, JsonToken expected) {
    if (found != expected) {
      throw new IllegalStateException("expected " + expected + " but found " + found);
    }
  }
}
