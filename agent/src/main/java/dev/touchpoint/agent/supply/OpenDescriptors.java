package dev.touchpoint.agent.supply;

import dev.touchpoint.agent.AgentLog;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Files that only this JVM can read, and that vanish with it however it ends. On Linux a file stays
 * readable while a descriptor to it is open, even once its name is removed, and {@code
 * /proc/self/fd/<n>} reopens it: the JDK's class path and {@code jar:} URLs (service files
 * included) accept that path. The kernel frees the content when the process ends, by {@code exit},
 * {@code halt} or {@code kill -9} alike, so nothing is ever left in java.io.tmpdir. Where there is
 * no {@code /proc} the file keeps its name and is removed at exit.
 */
final class OpenDescriptors {

  private static final Path OWN_DESCRIPTORS = Path.of("/proc/self/fd");

  /** Held for the JVM's whole life: closing one would free the content classes are read from. */
  private static final List<RandomAccessFile> HELD = new CopyOnWriteArrayList<>();

  private OpenDescriptors() {}

  /**
   * {@code file}'s content under a path that lives exactly as long as this JVM, with {@code file}
   * itself removed; empty where the platform cannot do that, with {@code file} left as it was.
   */
  static Optional<Path> unlink(Path file) {
    if (!Files.isDirectory(OWN_DESCRIPTORS)) {
      return Optional.empty();
    }
    RandomAccessFile open = null;
    try {
      Path real = file.toRealPath();
      open = new RandomAccessFile(real.toFile(), "r");
      Optional<Path> descriptor = descriptorOf(real);
      if (descriptor.isEmpty()) {
        open.close();
        return Optional.empty();
      }
      HELD.add(open);
      Files.delete(real);
      return descriptor;
    } catch (IOException | RuntimeException failed) {
      AgentLog.debug("keeps " + file + " on disk until exit: " + failed);
      closeQuietly(open);
      return Optional.empty();
    }
  }

  /** The entry of {@code /proc/self/fd} that links to {@code file}; the newest when there are several. */
  private static Optional<Path> descriptorOf(Path file) throws IOException {
    Path found = null;
    int highest = -1;
    try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(OWN_DESCRIPTORS)) {
      for (Path descriptor : descriptors) {
        int number = number(descriptor);
        if (number > highest && linksTo(descriptor, file)) {
          found = descriptor;
          highest = number;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean linksTo(Path descriptor, Path file) {
    try {
      return Files.readSymbolicLink(descriptor).equals(file);
    } catch (IOException | UnsupportedOperationException closedMeanwhile) {
      return false;
    }
  }

  private static int number(Path descriptor) {
    try {
      return Integer.parseInt(descriptor.getFileName().toString());
    } catch (NumberFormatException notADescriptor) {
      return -1;
    }
  }

  private static void closeQuietly(RandomAccessFile open) {
    if (open != null) {
      try {
        open.close();
      } catch (IOException ignored) {
        // Nothing was handed out for it, so nothing depends on it.
      }
    }
  }
}
