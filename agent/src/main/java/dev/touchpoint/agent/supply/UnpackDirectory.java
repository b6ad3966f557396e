package dev.touchpoint.agent.supply;

import dev.touchpoint.agent.AgentLog;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the agent unpacks the jars it carries: {@code touchpoint-agent-<pid>-<random>} in
 * {@code java.io.tmpdir}, created on first use and removed, with everything in it, when the JVM
 * exits. A JVM that cannot clean up (killed with -9, or halted) leaves its directory behind; the
 * next agent to unpack anything removes every such directory whose process is gone, so a fleet's
 * disks never fill up with them.
 */
final class UnpackDirectory {

  private static final String PREFIX = "touchpoint-agent-";

  private static Path directory;

  private UnpackDirectory() {}

  /** The directory for bundle {@code name}, created (with this JVM's directory) on first use. */
  static synchronized Path forBundle(String name) throws IOException {
    if (directory == null) {
      Path temp = Path.of(System.getProperty("java.io.tmpdir"));
      removeLeftOvers(temp);
      directory = Files.createTempDirectory(temp, PREFIX + ProcessHandle.current().pid() + "-");
      // deleteOnExit runs in reverse order: files first, then their folders, then this one.
      directory.toFile().deleteOnExit();
    }
    Path bundle = directory.resolve(name);
    if (!Files.isDirectory(bundle)) {
      Files.createDirectory(bundle);
      bundle.toFile().deleteOnExit();
    }
    return bundle;
  }

  /** Directories of agents whose JVM is gone: {@code touchpoint-agent-<pid>-...} with no such process. */
  static void removeLeftOvers(Path temp) {
    try (DirectoryStream<Path> candidates = Files.newDirectoryStream(temp, PREFIX + "*")) {
      for (Path candidate : candidates) {
        long pid = ownerOf(candidate.getFileName().toString());
        if (pid > 0 && ProcessHandle.of(pid).isEmpty() && Files.isDirectory(candidate)) {
          removeTree(candidate);
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      AgentLog.debug("could not look for directories left by earlier runs in " + temp + ": " + unreadable);
    }
  }

  /** The process id in {@code touchpoint-agent-<pid>-<random>}, or -1 for any other name. */
  static long ownerOf(String name) {
    int end = name.indexOf('-', PREFIX.length());
    if (end <= PREFIX.length()) {
      return -1;
    }
    try {
      return Long.parseLong(name.substring(PREFIX.length(), end));
    } catch (NumberFormatException notOurs) {
      return -1;
    }
  }

  private static void removeTree(Path root) throws IOException {
    try (Stream<Path> tree = Files.walk(root)) {
      for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
