package dev.touchpoint.agent.supply;

import dev.touchpoint.agent.AgentLog;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the agent writes a jar it carries before supplying it: a fresh {@code
 * touchpoint-agent-<pid>-<random>} in {@code java.io.tmpdir} per bundle. Where {@link
 * OpenDescriptors} can take the jars' names away, the directory is removed at once; elsewhere it is
 * removed, with everything in it, when the JVM exits. Directories that a JVM could not clean up
 * (one killed with -9 or halted between writing and unlinking, or on a platform without {@code
 * /proc}) are removed by the next agent that unpacks anything, once their process is gone.
 */
final class UnpackDirectory {

  private static final String PREFIX = "touchpoint-agent-";

  private static boolean swept;

  private UnpackDirectory() {}

  /** A new, empty directory of this JVM's, removed at exit if it is still there. */
  static synchronized Path create() throws IOException {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    if (!swept) {
      swept = true;
      removeLeftOvers(temp);
    }
    Path directory = Files.createTempDirectory(temp, PREFIX + ProcessHandle.current().pid() + "-");
    // deleteOnExit runs in reverse order: the files registered later go first, then this folder.
    directory.toFile().deleteOnExit();
    return directory;
  }

  /** Removes {@code directory} now if nothing is left in it. */
  static void removeIfEmpty(Path directory) {
    try {
      Files.deleteIfExists(directory);
    } catch (IOException stillInUse) {
      AgentLog.debug(directory + " stays until exit: " + stillInUse);
    }
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
