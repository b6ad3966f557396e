package dev.touchpoint.agent.config;

import dev.touchpoint.declaration.DeclaredPromise;
import dev.touchpoint.declaration.LatencyBound;
import dev.touchpoint.declaration.Objective;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;

/**
 * Reads the touchpoints file: touchpoints declared for code the platform team cannot change.
 * Every problem becomes one message naming the file, the line and what to fix; the entry is
 * skipped and every valid entry is kept, so a typo never stops the application or its other
 * touchpoints.
 *
 * <pre>
 * touchpoints:
 *   - class: com.vendor.orders.OrderService     # exact, or a pattern: com.vendor.**.*Service
 *     method: submit                            # a name or a pattern: submit*
 *     parameters: [java.lang.String, int]       # optional: one overload only
 *     name: orders.submit                       # optional: SimpleClassName.methodName
 *     serves: external                          # required: external, internal or partner
 *     customer: shopper
 *     journey: checkout
 *     owner: orders-team
 *     promises:
 *       - name: fast
 *         within: 300ms
 *       - name: right-first-time
 *         tolerates: [com.vendor.orders.OutOfStock]
 * recoveries:                                   # optional: recovery paths, by class and method
 *   - class: com.vendor.orders.OrderService
 *     method: resubmit
 *     name: orders.resubmit
 * controls:                                     # optional: controls such as fraud checks
 *   - class: com.vendor.risk.FraudScreen
 *     method: screen
 *     name: fraud-check
 * </pre>
 */
public final class TouchpointsFile {

  private static final Set<String> ENTRY_KEYS = Set.of(
      "class", "method", "parameters", "name", "serves", "customer", "journey", "owner", "promises");
  private static final Set<String> PROMISE_KEYS = Set.of("name", "within", "tolerates", "objective");
  private static final Set<String> PATH_KEYS = Set.of("class", "method", "parameters", "name");
  private static final Set<String> TOP_LEVEL_KEYS = Set.of("touchpoints", "recoveries", "controls");
  /** Thousands of entries fit in a few hundred KB; anything far larger is not a touchpoints file. */
  static final long LARGEST_FILE = 4L * 1024 * 1024;
  /** An entry is three levels deep; its promises' tolerated exceptions, five. */
  static final int DEEPEST = 32;

  private final String fileName;
  private final List<ConfiguredTouchpoint> entries = new ArrayList<>();
  private final List<ConfiguredPath> paths = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private TouchpointsFile(String fileName) {
    this.fileName = fileName;
  }

  /** Reads {@code file}; never throws: an unreadable file is one problem and no entries. */
  public static TouchpointsFile read(Path file) {
    TouchpointsFile read = new TouchpointsFile(file.getFileName().toString());
    String text;
    try {
      if (Files.isDirectory(file)) {
        read.problems.add(file + ": is a directory, not a touchpoints file; no touchpoints are declared from it");
        return read;
      }
      long size = Files.size(file);
      if (size > LARGEST_FILE) {
        read.problems.add(file + ": " + size + " bytes, more than a touchpoints file can be (at most "
            + LARGEST_FILE / (1024 * 1024) + " MB); no touchpoints are declared from it");
        return read;
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException missing) {
      read.problems.add(file + ": no such file; no touchpoints are declared from it");
      return read;
    } catch (CharacterCodingException notText) {
      read.problems.add(file + ": not UTF-8 text, so not a touchpoints file (YAML); no touchpoints are declared from it");
      return read;
    } catch (IOException | RuntimeException unreadable) {
      read.problems.add(file + ": cannot be read (" + unreadable + "); no touchpoints are declared from it");
      return read;
    }
    read.parse(text);
    return read;
  }

  /** Reads touchpoints from {@code text}, naming {@code fileName} in problems. */
  public static TouchpointsFile parse(String fileName, String text) {
    TouchpointsFile read = new TouchpointsFile(fileName);
    read.parse(text);
    return read;
  }

  public List<ConfiguredTouchpoint> entries() {
    return List.copyOf(entries);
  }

  /** The recovery paths and controls the file declares. */
  public List<ConfiguredPath> paths() {
    return List.copyOf(paths);
  }

  /** One line each: {@code touchpoints.yaml:12: 'serves' must be ... (entry skipped)}. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  private void parse(String text) {
    Optional<Node> document;
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(fileName).build();
      Event tooDeep = firstTooDeep(new Parse(settings).parseString(text));
      if (tooDeep != null) {
        problems.add(fileName + ":" + tooDeep.getStartMark().map(mark -> mark.getLine() + 1).orElse(0)
            + ": nested more than " + DEEPEST + " levels deep (a touchpoints file is a few levels deep);"
            + " no touchpoints are declared from this file");
        return;
      }
      document = new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException malformed) {
      int line = malformed.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0);
      problems.add(fileName + ":" + line + ": not valid YAML (" + oneLine(malformed.getProblem())
          + "); no touchpoints are declared from this file");
      return;
    } catch (YamlEngineException | IllegalArgumentException malformed) {
      problems.add(fileName + ": not valid YAML (" + oneLine(malformed.getMessage())
          + "); no touchpoints are declared from this file");
      return;
    }
    if (document.isEmpty()) {
      return; // an empty file declares nothing, which is fine
    }
    if (!(document.get() instanceof MappingNode root)) {
      fileProblem(document.get(), "the file must be a mapping with a 'touchpoints' list");
      return;
    }
    for (NodeTuple tuple : root.getValue()) {
      String key = scalar(tuple.getKeyNode());
      if (!TOP_LEVEL_KEYS.contains(key)) {
        problems.add(fileName + ":" + line(tuple.getKeyNode()) + ": unknown key '" + key
            + "': the file holds 'touchpoints', 'recoveries' and 'controls' lists (ignored; the rest of the file is read)");
      } else if (tuple.getValueNode() instanceof SequenceNode list) {
        for (Node entry : list.getValue()) {
          if ("touchpoints".equals(key)) {
            entry(entry);
          } else {
            path(entry, "recoveries".equals(key));
          }
        }
      } else {
        problems.add(fileName + ":" + line(tuple.getValueNode()) + ": '" + key + "' must be a list of entries,"
            + " each starting with '- class:' (nothing is declared from '" + key + "')");
      }
    }
  }

  /**
   * The first collection nested deeper than {@link #DEEPEST}, or null. The composer builds nodes
   * recursively, so thousands of nested '[' would overflow its stack; the parser's events come one
   * at a time, so counting them first costs no stack at all.
   */
  private static Event firstTooDeep(Iterable<Event> events) {
    int depth = 0;
    for (Event event : events) {
      if (event instanceof CollectionStartEvent && ++depth > DEEPEST) {
        return event;
      }
      if (event instanceof CollectionEndEvent) {
        depth--;
      }
    }
    return null;
  }

  private void entry(Node node) {
    if (!(node instanceof MappingNode entry)) {
      problem(node, "a touchpoint entry must be a mapping with class, method and serves");
      return;
    }
    int problemsBefore = problems.size();
    String className = null;
    String method = null;
    List<String> parameters = null;
    String name = null;
    String serves = null;
    String customer = null;
    String journey = null;
    String owner = null;
    List<DeclaredPromise> promises = List.of();
    for (NodeTuple tuple : entry.getValue()) {
      String key = scalar(tuple.getKeyNode());
      Node value = tuple.getValueNode();
      if (key == null || !ENTRY_KEYS.contains(key)) {
        problem(tuple.getKeyNode(), "unknown key '" + key + "' (known: " + String.join(", ", new java.util.TreeSet<>(ENTRY_KEYS)) + ")");
        continue;
      }
      switch (key) {
        case "class" -> className = text(value, key);
        case "method" -> method = text(value, key);
        case "parameters" -> parameters = texts(value, key);
        case "name" -> name = text(value, key);
        case "serves" -> serves = serves(value);
        case "customer" -> customer = text(value, key);
        case "journey" -> journey = text(value, key);
        case "owner" -> owner = text(value, key);
        default -> promises = promises(value);
      }
    }
    if (className == null && problems.size() == problemsBefore) {
      problem(entry, "the entry has no 'class': name the class, e.g. class: com.vendor.OrderService");
    }
    if (method == null && problems.size() == problemsBefore) {
      problem(entry, "the entry has no 'method': name the method, e.g. method: submit");
    }
    if (method != null && problems.size() == problemsBefore) {
      constructorProblem(entry, method);
    }
    if (serves == null && problems.size() == problemsBefore) {
      problem(entry, "the entry has no 'serves': who is the customer? external, internal or partner");
    }
    if (problems.size() == problemsBefore) {
      entries.add(new ConfiguredTouchpoint(NamePattern.of(className), NamePattern.of(method), parameters,
          name, serves, customer, journey, owner, promises, fileName + ":" + line(entry)));
    }
  }

  private void path(Node node, boolean recovery) {
    String kind = recovery ? "recovery path" : "control";
    if (!(node instanceof MappingNode entry)) {
      problem(node, "a " + kind + " entry must be a mapping with class and method");
      return;
    }
    int problemsBefore = problems.size();
    String className = null;
    String method = null;
    List<String> parameters = null;
    String name = null;
    for (NodeTuple tuple : entry.getValue()) {
      String key = scalar(tuple.getKeyNode());
      Node value = tuple.getValueNode();
      if (key == null || !PATH_KEYS.contains(key)) {
        problem(tuple.getKeyNode(), "unknown key '" + key + "' in a " + kind + " (known: " + String.join(", ", new java.util.TreeSet<>(PATH_KEYS)) + ")");
        continue;
      }
      switch (key) {
        case "class" -> className = text(value, key);
        case "method" -> method = text(value, key);
        case "parameters" -> parameters = texts(value, key);
        default -> name = text(value, key);
      }
    }
    if (className == null && problems.size() == problemsBefore) {
      problem(entry, "the " + kind + " has no 'class': name the class, e.g. class: com.vendor.OrderService");
    }
    if (method == null && problems.size() == problemsBefore) {
      problem(entry, "the " + kind + " has no 'method': name the method, e.g. method: resubmit");
    }
    if (method != null && problems.size() == problemsBefore) {
      constructorProblem(entry, method);
    }
    if (problems.size() == problemsBefore) {
      paths.add(new ConfiguredPath(recovery, NamePattern.of(className), NamePattern.of(method), parameters, name,
          fileName + ":" + line(entry)));
    }
  }

  private String serves(Node value) {
    String kind = text(value, "serves");
    if (kind == null) {
      return null;
    }
    String constant = kind.toUpperCase(Locale.ROOT);
    if (!Set.of("EXTERNAL", "INTERNAL", "PARTNER").contains(constant)) {
      problem(value, "'serves' must be external, internal or partner, not '" + kind + "'");
      return null;
    }
    return constant;
  }

  private List<DeclaredPromise> promises(Node value) {
    if (!(value instanceof SequenceNode list)) {
      problem(value, "'promises' must be a list, e.g. - name: fast");
      return List.of();
    }
    List<DeclaredPromise> promises = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (Node item : list.getValue()) {
      if (!(item instanceof MappingNode promise)) {
        problem(item, "a promise is a mapping: - name: fast (and optionally within: 300ms)");
        continue;
      }
      String name = null;
      String within = null;
      String objective = null;
      List<String> tolerates = List.of();
      for (NodeTuple tuple : promise.getValue()) {
        String key = scalar(tuple.getKeyNode());
        if ("name".equals(key)) {
          name = text(tuple.getValueNode(), "name");
        } else if ("tolerates".equals(key)) {
          List<String> exceptions = texts(tuple.getValueNode(), "tolerates");
          tolerates = exceptions == null ? List.of() : exceptions;
        } else if ("objective".equals(key)) {
          objective = text(tuple.getValueNode(), "objective");
          if (objective != null && !Objective.isValid(objective)) {
            problem(tuple.getValueNode(), "'objective: " + objective + "' is not an objective: write "
                + Objective.ACCEPTED_FORMS);
            within = null;
            objective = null;
            name = null;
            break;
          }
        } else if ("within".equals(key)) {
          within = text(tuple.getValueNode(), "within");
          if (within != null && !LatencyBound.isValid(within)) {
            problem(tuple.getValueNode(), "'within: " + within + "' is not a latency bound: write "
                + LatencyBound.ACCEPTED_FORMS);
            within = null;
            name = null;
            break;
          }
        } else {
          problem(tuple.getKeyNode(), "unknown key '" + key + "' in a promise (known: " + String.join(", ", new java.util.TreeSet<>(PROMISE_KEYS)) + ")");
        }
      }
      if (name == null) {
        if (within != null || objective != null) {
          problem(item, "the promise has no 'name': name what is promised, e.g. name: fast");
        }
        continue;
      }
      if (!names.add(name)) {
        problem(item, "promise '" + name + "' is given twice: give each promise once");
        continue;
      }
      promises.add(new DeclaredPromise(name, within == null ? null : within.strip(), tolerates,
          objective == null ? null : objective.strip()));
    }
    return promises;
  }

  private String text(Node value, String key) {
    String text = scalar(value);
    if (text == null || text.isBlank()) {
      problem(value, "'" + key + "' must be a non-empty text");
      return null;
    }
    return text.strip();
  }

  private List<String> texts(Node value, String key) {
    if (!(value instanceof SequenceNode list)) {
      problem(value, "'" + key + "' must be a list, e.g. [java.lang.String, int]");
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (Node item : list.getValue()) {
      String text = text(item, key);
      if (text == null) {
        return null;
      }
      texts.add(text);
    }
    return texts;
  }

  private static String scalar(Node node) {
    return node instanceof ScalarNode scalar ? scalar.getValue() : null;
  }

  /** A problem with one entry, which is skipped; the others are kept. */
  private void problem(Node where, String message) {
    problems.add(fileName + ":" + line(where) + ": " + message + " (entry skipped)");
  }

  /** Constructors and initialisers are never woven: an entry naming them would silently do nothing. */
  private void constructorProblem(Node entry, String method) {
    if (method.equals("<init>") || method.equals("<clinit>")) {
      problem(entry, "'" + method + "' cannot be a touchpoint: constructors and initialisers are never"
          + " instrumented; name the method that does the work");
    }
  }

  private void fileProblem(Node where, String message) {
    problems.add(fileName + ":" + line(where) + ": " + message + "; no touchpoints are declared from this file");
  }

  private static int line(Node node) {
    return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
