package dev.touchpoint.slo.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes the generated files: YAML (OpenSLO documents, one file of several; Prometheus rules) and
 * JSON (the Grafana dashboard), from plain maps and lists kept in the order people read them in.
 */
public final class Documents {

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
      .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
      .disable(YAMLWriteFeature.SPLIT_LINES)
      .build();
  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Documents() {}

  /** A map that keeps the order its keys are given in; null values are left out. */
  public static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        map.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return map;
  }

  /** Writes {@code documents} into one YAML file, separated by {@code ---}. */
  public static void writeYaml(Path file, List<?> documents) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    StringBuilder text = new StringBuilder();
    for (Object document : documents) {
      text.append(text.length() == 0 ? "" : "---\n").append(YAML.writeValueAsString(document));
    }
    Files.writeString(file, text);
  }

  public static void writeJson(Path file, Object document) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      JSON.writeValue(out, document);
    }
  }
}
