package dev.touchpoint.benchmarks.weaving;

import dev.touchpoint.benchmarks.compile.TimedProcess;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs {@link WeaveClassesFolder} in a JVM of its own, with the weaver's class path: the weaver
 * never shares a class path with what is measured.
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

  /** Weaves {@code source}'s classes into {@code target}; returns the wall time in milliseconds. */
  public double weave(Path source, Path target) throws IOException, InterruptedException {
    return run(List.of(source.toString(), target.toString()));
  }

  /** Runs the weaver over a folder with nothing to weave: what starting it costs. */
  public double weaveNothing(Path folder) throws IOException, InterruptedException {
    return run(List.of(folder.toString(), folder.toString(), "nothing"));
  }

  private double run(List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-cp", classPath,
        WeaveClassesFolder.class.getName()));
    command.addAll(arguments);
    return TimedProcess.millis(command, "weaving " + arguments);
  }

  private static String ownCodeSource() {
    try {
      return Path.of(WeaveClassesFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the benchmarks' classes", e);
    }
  }
}
