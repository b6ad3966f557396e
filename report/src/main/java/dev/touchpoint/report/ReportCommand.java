package dev.touchpoint.report;

import dev.touchpoint.report.summary.ExperienceReport;
import dev.touchpoint.report.summary.ReportBuilder;
import dev.touchpoint.report.trace.OtlpJsonSpans;
import dev.touchpoint.report.trace.SpanReading;
import dev.touchpoint.report.trace.ZipkinClient;
import dev.touchpoint.report.write.ReportHtml;
import dev.touchpoint.report.write.ReportJson;
import dev.touchpoint.slo.model.ServiceExperience;
import dev.touchpoint.slo.read.ExperienceSources;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code touchpoint-report}: the experience report, from what the backends already hold.
 *
 * <pre>
 * java -jar touchpoint-report-cli.jar --zipkin http://zipkin:9411 --since 1h --map storefront.jar --out report
 * java -jar touchpoint-report-cli.jar --otlp spans.jsonl --map touchpoints.yaml --service payments
 * </pre>
 */
public final class ReportCommand {

  static final String USAGE = "usage: touchpoint-report (--zipkin URL | --otlp FILE...) [--map JAR|CLASSES|TOUCHPOINTS.yaml]..."
      + " [--since 1h | --from INSTANT] [--to INSTANT] [--service NAME]... [--out FOLDER]";
  static final String HTML = "experience-report.html";
  private static final Pattern SINCE = Pattern.compile("(\\d{1,9})([smhd])");
  static final String JSON = "experience-report.json";

  private ReportCommand() {}

  public static void main(String... arguments) {
    int status = run(Instant.now(), System.out, System.err, arguments);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the command at {@code now}; returns its exit status: 0 written, 2 a usage error, 1 it could not write. */
  public static int run(Instant now, PrintStream out, PrintStream err, String... arguments) {
    URI zipkin = null;
    List<Path> otlp = new ArrayList<>();
    List<Path> maps = new ArrayList<>();
    List<String> services = new ArrayList<>();
    Instant from = null;
    Instant to = null;
    Path folder = Path.of(".");
    try {
      for (int i = 0; i < arguments.length; i++) {
        String option = arguments[i];
        if (!option.startsWith("--")) {
          return usage(err, "what is " + option + "? Name each source with --zipkin, --otlp or --map");
        }
        if (i + 1 == arguments.length) {
          return usage(err, option + " needs a value");
        }
        String value = arguments[++i];
        switch (option) {
          case "--zipkin" -> zipkin = URI.create(value.endsWith("/") ? value : value + "/");
          case "--otlp" -> otlp.add(Path.of(value));
          case "--map" -> maps.add(Path.of(value));
          case "--service" -> services.add(value);
          case "--since" -> from = now.minus(since(value));
          case "--from" -> from = Instant.parse(value);
          case "--to" -> to = Instant.parse(value);
          case "--out" -> folder = Path.of(value);
          default -> {
            return usage(err, "unknown option " + option);
          }
        }
      }
    } catch (DateTimeParseException | IllegalArgumentException badValue) {
      return usage(err, "cannot read a time or address: " + badValue.getMessage());
    }
    if (zipkin == null && otlp.isEmpty()) {
      return usage(err, "name where the traces are: --zipkin URL or --otlp FILE");
    }

    ReportBuilder report = new ReportBuilder().between(from, to).services(services);
    if (zipkin != null) {
      Instant end = to != null ? to : now;
      Instant start = from != null ? from : end.minus(Duration.ofDays(7));
      for (String service : services.isEmpty() ? Collections.<String>singletonList(null) : services) {
        SpanReading read = new ZipkinClient(zipkin).traces(start, end, service);
        report.spans("zipkin " + zipkin + (service == null ? "" : " (" + service + ")"), read.spans(), read.problems());
      }
    }
    for (Path file : otlp) {
      try {
        SpanReading read = OtlpJsonSpans.read(file.toString(), Files.readString(file));
        report.spans("otlp " + file, read.spans(), read.problems());
      } catch (IOException unreadable) {
        report.spans("otlp " + file, List.of(), List.of(file + ": cannot be read (" + unreadable + ")"));
      }
    }
    for (Path map : maps) {
      ExperienceSources read = new ExperienceSources(new BigDecimal("0.999")).read(map);
      ServiceExperience declared = read.experience(map.toString());
      report.declarations("map " + map, declared.touchpointsDeclared(), declared.recoveries(), read.problems());
    }
    ExperienceReport built = report.build(now);
    built.problems().forEach(problem -> err.println("touchpoint-report: " + problem));
    try {
      Files.createDirectories(folder);
      Path html = folder.resolve(HTML);
      ReportHtml.write(built, html);
      ReportJson.write(built, folder.resolve(JSON));
      out.println("touchpoint-report: " + count(built.totals().journeyInstances(), "journey") + " and "
          + count(built.totals().touchpointCalls(), "touchpoint call") + ", in " + html.toAbsolutePath().normalize()
          + " (and " + JSON + " beside it)");
      return 0;
    } catch (IOException failed) {
      err.println("touchpoint-report: cannot write into " + folder + " (" + failed + ")");
      return 1;
    }
  }

  /** "90s", "15m", "1h" or "7d". */
  private static Duration since(String value) {
    Matcher form = SINCE.matcher(value);
    if (!form.matches()) {
      throw new IllegalArgumentException("--since " + value + " is not a duration: write a whole number followed by"
          + " s, m, h or d, such as 15m, 1h or 7d");
    }
    long amount = Long.parseLong(form.group(1));
    return switch (form.group(2)) {
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    };
  }

  private static String count(int count, String thing) {
    return count + " " + thing + (count == 1 ? "" : "s");
  }

  private static int usage(PrintStream err, String problem) {
    err.println("touchpoint-report: " + problem);
    err.println(USAGE);
    return 2;
  }
}
