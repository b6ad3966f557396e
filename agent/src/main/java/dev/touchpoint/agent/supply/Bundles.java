package dev.touchpoint.agent.supply;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
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
 * into the {@link UnpackDirectory}.
 */
public final class Bundles {

  private static final String ROOT = "dev/touchpoint/agent/bundle/";
  private static final Map<String, List<Path>> UNPACKED = new ConcurrentHashMap<>();

  private Bundles() {}

  /** The runtime jar: Touchpoint's SDK API and runtime. */
  public static Path runtimeJar() {
    return jars("runtime").get(0);
  }

  public static List<Path> apiJars() {
    return jars("api");
  }

  public static List<Path> sdkJars() {
    return jars("sdk");
  }

  static List<Path> jars(String bundle) {
    return UNPACKED.computeIfAbsent(bundle, Bundles::unpack);
  }

  private static List<Path> unpack(String bundle) {
    try {
      Path agent = agentJar();
      List<Path> jars = Files.isDirectory(agent) ? inDirectory(agent.resolve(ROOT + bundle)) : fromJar(agent, bundle);
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

  private static List<Path> inDirectory(Path bundle) throws IOException {
    try (Stream<Path> files = Files.list(bundle)) {
      return files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
    }
  }

  private static List<Path> fromJar(Path agent, String bundle) throws IOException {
    String prefix = ROOT + bundle + "/";
    Path target = UnpackDirectory.forBundle(bundle);
    List<Path> jars = new ArrayList<>();
    try (JarFile jar = new JarFile(agent.toFile())) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        String name = entry.getName();
        if (name.startsWith(prefix) && name.endsWith(".jar") && name.indexOf('/', prefix.length()) < 0) {
          Path unpacked = target.resolve(name.substring(prefix.length()));
          try (InputStream in = jar.getInputStream(entry)) {
            Files.copy(in, unpacked, StandardCopyOption.REPLACE_EXISTING);
          }
          unpacked.toFile().deleteOnExit();
          jars.add(unpacked);
        }
      }
    }
    jars.sort(null);
    return jars;
  }
}
