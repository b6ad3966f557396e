package dev.touchpoint.slo;

import dev.touchpoint.declaration.Objective;
import dev.touchpoint.slo.model.ServiceExperience;
import dev.touchpoint.slo.read.ExperienceSources;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code touchpoint-slo}: the command over a service's jars, classes folders and touchpoints files,
 * for a build step or a platform team that has only the jars.
 *
 * <pre>
 * java -jar touchpoint-slo-cli.jar --service storefront [--objective 99.9%] [--out touchpoint-slo] storefront.jar ...
 * </pre>
 */
public final class SloCommand {

  static final String USAGE = "usage: touchpoint-slo --service NAME [--objective 99.9%] [--out FOLDER]"
      + " JAR|CLASSES-FOLDER|TOUCHPOINTS.yaml...";
  /** A Prometheus job and a file name: letters, digits, '.', '_' and '-'. */
  private static final Pattern SERVICE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

  private SloCommand() {}

  public static void main(String... arguments) {
    int status = run(System.out, System.err, arguments);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the command; returns its exit status: 0 done, 1 nothing to generate, 2 a usage error. */
  static int run(PrintStream out, PrintStream err, String... arguments) {
    String service = null;
    String objective = ServiceLevels.DEFAULT_OBJECTIVE;
    Path folder = Path.of("touchpoint-slo");
    List<Path> sources = new ArrayList<>();
    for (int i = 0; i < arguments.length; i++) {
      String argument = arguments[i];
      boolean hasValue = i + 1 < arguments.length;
      switch (argument) {
        case "--service" -> service = hasValue ? arguments[++i] : null;
        case "--objective" -> objective = hasValue ? arguments[++i] : "";
        case "--out" -> folder = hasValue ? Path.of(arguments[++i]) : null;
        default -> {
          if (argument.startsWith("--")) {
            return usage(err, "unknown option " + argument);
          }
          sources.add(Path.of(argument));
        }
      }
    }
    if (service == null || !SERVICE.matcher(service).matches()) {
      return usage(err, service == null ? "--service is required: the service's name, its Prometheus job"
          : "--service " + service + " is not a service name: letters, digits, '.', '_' and '-'");
    }
    if (!Objective.isValid(objective)) {
      return usage(err, "--objective " + objective + " is not an objective: write " + Objective.ACCEPTED_FORMS);
    }
    if (folder == null || sources.isEmpty()) {
      return usage(err, folder == null ? "--out needs a folder" : "name at least one jar, classes folder or touchpoints file");
    }

    ExperienceSources read = new ExperienceSources(Objective.ratio(objective));
    sources.forEach(read::read);
    read.problems().forEach(problem -> err.println("touchpoint-slo: " + problem));
    ServiceExperience experience = read.experience(service);
    if (experience.promises().isEmpty()) {
      err.println("touchpoint-slo: no touchpoint with a promise in " + sources + "; nothing written");
      return 1;
    }
    try {
      List<Path> written = ServiceLevels.write(experience, folder);
      out.println("touchpoint-slo: " + count(experience.promises().size(), "objective") + " for " + service + " ("
          + count(experience.touchpoints().size(), "touchpoint") + ") written to " + written);
      return 0;
    } catch (IOException failed) {
      err.println("touchpoint-slo: cannot write into " + folder + " (" + failed + ")");
      return 1;
    }
  }

  private static String count(int count, String thing) {
    return count + " " + thing + (count == 1 ? "" : "s");
  }

  private static int usage(PrintStream err, String problem) {
    err.println("touchpoint-slo: " + problem);
    err.println(USAGE);
    return 2;
  }
}
