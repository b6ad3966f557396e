package dev.touchpoint.benchmarks.weaving;

import dev.touchpoint.benchmarks.compile.TimedProcess;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * The build-time weaver as the benchmarks run it: its class path (kept off the harness's own, so the
 * weaver never shares one with what is measured), and a way to weave a folder in a JVM of its own.
 */
public final class BuildTimeWeaving {

  private final Path java;
  private final String classPath;

  /**
   * @param weaverPath the weaver and what it needs, as the benchmarks' build wrote it down
   * @param applicationPath what the woven classes were compiled against (the annotations)
   */
  public BuildTimeWeaving(Path java, String weaverPath, String applicationPath) {
    this.java = java;
    this.classPath = String.join(File.pathSeparator, weaverPath, applicationPath, ownCodeSource());
  }

  /** The weaver, the annotations and {@link WeaveClassesFolder}: what a build's weaving step loads. */
  public String classPath() {
    return classPath;
  }

  /** Weaves {@code source}'s classes into {@code target} in a JVM of its own. */
  public void weave(Path source, Path target) throws IOException, InterruptedException {
    TimedProcess.run(List.of(java.toString(), "-cp", classPath, WeaveClassesFolder.class.getName(), source.toString(),
        target.toString()), "weaving " + source);
  }

  private static String ownCodeSource() {
    try {
      return Path.of(WeaveClassesFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the benchmarks' classes", e);
    }
  }
}
