package dev.touchpoint.slo.read;

import dev.touchpoint.declaration.Objective;
import dev.touchpoint.slo.model.DeclaredTouchpoint;
import dev.touchpoint.slo.model.PromiseObjective;
import dev.touchpoint.slo.model.ServiceExperience;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads what a service promises from what a build or a platform team has: classes folders and jars
 * (plain, Spring Boot and web application archives, with their nested jars) holding the processor's
 * experience maps, and touchpoints files. Each problem is one line, and the rest is still read.
 */
public final class ExperienceSources {

  static final String MAP = "META-INF/touchpoint/experience-map.json";
  private static final List<String> CLASSES_FOLDERS = List.of("", "BOOT-INF/classes/", "WEB-INF/classes/");

  private final BigDecimal defaultObjective;
  private final Map<String, PromiseObjective> promises = new LinkedHashMap<>();
  private final Set<String> recoveries = new LinkedHashSet<>();
  private final Map<String, DeclaredTouchpoint> touchpoints = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  /** {@code defaultObjective}: for promises no map or file gives one, such as 0.999. */
  public ExperienceSources(BigDecimal defaultObjective) {
    this.defaultObjective = defaultObjective;
  }

  /** Reads one classes folder, jar or touchpoints file. */
  public ExperienceSources read(Path source) {
    String name = source.getFileName() == null ? source.toString() : source.getFileName().toString();
    if (Files.isDirectory(source)) {
      readFolder(source);
    } else if (!Files.isRegularFile(source)) {
      problems.add(source + ": no such file or folder");
    } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      new TouchpointsFileReader(this).read(source);
    } else if (name.endsWith(".jar") || name.endsWith(".war")) {
      readArchive(source);
    } else {
      problems.add(source + ": neither a classes folder, a jar, a war nor a touchpoints file (.yaml)");
    }
    return this;
  }

  /** What was read, as the service {@code service}. */
  public ServiceExperience experience(String service) {
    return new ServiceExperience(service, List.copyOf(promises.values()), List.copyOf(recoveries),
        List.copyOf(touchpoints.values()));
  }

  /** One line per problem met, in the order met. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  private void readFolder(Path folder) {
    Path map = folder.resolve(MAP);
    if (!Files.isRegularFile(map)) {
      problems.add(folder + ": no experience map (" + MAP + "); did the Touchpoint processor run in this build?");
      return;
    }
    try {
      new ExperienceMapReader(this).read(map.toString(), Files.readAllBytes(map));
    } catch (IOException unreadable) {
      problems.add(map + ": cannot be read (" + unreadable.getMessage() + ")");
    }
  }

  private void readArchive(Path archive) {
    int found;
    try (InputStream in = Files.newInputStream(archive)) {
      found = readZip(archive.toString(), in);
    } catch (IOException unreadable) {
      problems.add(archive + ": cannot be read as a jar (" + unreadable.getMessage() + ")");
      return;
    }
    if (found == 0) {
      problems.add(archive + ": no experience map in it or its nested jars; did the Touchpoint processor run in its build?");
    }
  }

  /** Reads the maps in a zip and in the jars nested in it; returns how many it found. */
  private int readZip(String where, InputStream in) throws IOException {
    int found = 0;
    ZipInputStream zip = new ZipInputStream(in);
    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      String name = entry.getName();
      if (CLASSES_FOLDERS.stream().anyMatch(folder -> name.equals(folder + MAP))) {
        new ExperienceMapReader(this).read(where + "!/" + name, zip.readAllBytes());
        found++;
      } else if (name.endsWith(".jar") && (name.startsWith("BOOT-INF/lib/") || name.startsWith("WEB-INF/lib/"))) {
        found += readZip(where + "!/" + name, new ByteArrayInputStream(zip.readAllBytes()));
      }
    }
    return found;
  }

  void add(PromiseObjective promise) {
    String key = promise.touchpoint() + '\u0000' + promise.promise();
    PromiseObjective earlier = promises.putIfAbsent(key, promise);
    if (earlier != null) {
      problems.add(promise.declaredIn() + ": touchpoint " + promise.touchpoint() + " and its promise "
          + promise.promise() + " are already declared in " + earlier.declaredIn() + "; the first is used");
    }
  }

  void addTouchpoint(DeclaredTouchpoint touchpoint) {
    touchpoints.putIfAbsent(touchpoint.name(), touchpoint);
  }

  void addRecovery(String name) {
    recoveries.add(name);
  }

  void problem(String line) {
    problems.add(line);
  }

  /** The objective written, or the default when none is; null (after a problem line) when it is not one. */
  BigDecimal objective(String written, String where) {
    if (written == null || written.isBlank()) {
      return defaultObjective;
    }
    if (!Objective.isValid(written)) {
      problems.add(where + ": objective \"" + written + "\" is not an objective: write " + Objective.ACCEPTED_FORMS);
      return null;
    }
    return Objective.ratio(written);
  }
}
