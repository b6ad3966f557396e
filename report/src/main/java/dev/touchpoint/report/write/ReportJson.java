package dev.touchpoint.report.write;

import dev.touchpoint.report.summary.ExperienceReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The report's numbers as JSON, for machines: the same record the page is drawn from. */
public final class ReportJson {

  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ReportJson() {}

  public static String of(ExperienceReport report) {
    return JSON.writeValueAsString(report);
  }

  public static void write(ExperienceReport report, Path file) throws IOException {
    Files.writeString(file, of(report));
  }

  public static ExperienceReport read(String json) {
    return JSON.readValue(json, ExperienceReport.class);
  }
}
