package dev.touchpoint.agent.supply;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The jars the agent carries inside its own jar and adds to an application only when it lacks
 * them: {@code runtime} (Touchpoint's runtime), {@code api} (the OpenTelemetry API) and {@code sdk}
 * (an OpenTelemetry SDK with console, OTLP and Zipkin exporters). They are unpacked on first use
 * into an {@link UnpackDirectory} and, where the platform allows, read from then on through {@link
 * OpenDescriptors}, with no name left on disk.
 */
public final class Bundles {

  private static final String ROOT = "dev/touchpoint/agent/bundle/";
  /** A jar as supplied: its name in the bundle, for people, and the path the JVM reads it from. */
  public record Jar(String name, Path path) {}

  private static final Map<String, List<Jar>> UNPACKED = new ConcurrentHashMap<>();

  private Bundles() {}

  /** The runtime jar: Touchpoint's SDK API and runtime. */
  public static Jar runtimeJar() {
    return jars("runtime").get(0);
  }

  public static List<Jar> apiJars() {
    return jars("api");
  }

  public static List<Jar> sdkJars() {
    return jars("sdk");
  }

  static List<Jar> jars(String bundle) {
    return UNPACKED.computeIfAbsent(bundle, Bundles::unpack);
  }

  private static List<Jar> unpack(String bundle) {
    try {
      Path agent = agentJar();
      List<Jar> jars = Files.isDirectory(agent) ? inDirectory(agent.resolve(ROOT + bundle)) : fromJar(agent, bundle);
      if (jars.isEmpty()) {
        throw new IllegalStateException("the agent carries no " + bundle + " bundle under " + ROOT + bundle);
      }
      return jars;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The agent's own jar. Loaded as an OpenTelemetry agent extension, its code source is a URL only
   * that agent's class loader understands; the jar is then one of the configured extensions.
   */
  static Path agentJar() throws IOException {
    try {
      return Path.of(Bundles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException notAFile) {
      String extensions = System.getProperty("otel.javaagent.extensions", "");
      for (String extension : extensions.split(",")) {
        Path candidate = Path.of(extension.strip());
        if (Files.isRegularFile(candidate) && holdsTheAgent(candidate)) {
          return candidate;
        }
      }
      throw new IOException("cannot locate the agent's jar from " + Bundles.class.getProtectionDomain()
          .getCodeSource().getLocation() + " or otel.javaagent.extensions=" + extensions);
    }
  }

  private static boolean holdsTheAgent(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getEntry(Bundles.class.getName().replace('.', '/') + ".class") != null;
    } catch (IOException notAJar) {
      return false;
    }
  }

  private static List<Jar> inDirectory(Path bundle) throws IOException {
    try (Stream<Path> files = Files.list(bundle)) {
      return files.filter(file -> file.toString().endsWith(".jar")).sorted()
          .map(file -> new Jar(file.getFileName().toString(), file)).toList();
    }
  }

  private static List<Jar> fromJar(Path agent, String bundle) throws IOException {
    String prefix = ROOT + bundle + "/";
    Path directory = UnpackDirectory.create();
    List<Jar> jars = new ArrayList<>();
    try (JarFile jar = new JarFile(agent.toFile())) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        String name = entry.getName();
        if (name.startsWith(prefix) && name.endsWith(".jar") && name.indexOf('/', prefix.length()) < 0) {
          String fileName = name.substring(prefix.length());
          Path unpacked = directory.resolve(fileName);
          try (InputStream in = jar.getInputStream(entry)) {
            Files.copy(in, unpacked, StandardCopyOption.REPLACE_EXISTING);
          }
          jars.add(new Jar(fileName, withoutName(unpacked)));
        }
      }
    }
    UnpackDirectory.removeIfEmpty(directory);
    jars.sort(Comparator.comparing(Jar::name));
    return jars;
  }

  private static Path withoutName(Path unpacked) {
    return OpenDescriptors.unlink(unpacked).orElseGet(() -> {
      unpacked.toFile().deleteOnExit();
      return unpacked;
    });
  }
}
