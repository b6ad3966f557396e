package dev.touchpoint.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shop's child JVMs stop gracefully, so their shutdown hooks still print and flush. */
class OwnedProcessTest {

  /** A stand-in service: says it is up, then waits to be stopped. */
  public static final class WaitsToBeStopped {
    public static void main(String[] args) throws InterruptedException {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran")));
      System.out.println("up");
      Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    }
  }

  @Test
  void closingStopsTheJvmAndLetsItsShutdownHooksRun(@TempDir Path dir) throws Exception {
    Path output = dir.resolve("output.txt");
    OwnedProcess child = OwnedProcess.startJava(
        List.of("-cp", System.getProperty("java.class.path"), WaitsToBeStopped.class.getName()),
        ProcessBuilder.Redirect.to(output.toFile()));
    awaitLine(output, "up");

    child.close();

    assertThat(child.process().isAlive()).isFalse();
    assertThat(Files.readAllLines(output, StandardCharsets.UTF_8)).containsExactly("up", "shutdown hook ran");
  }

  private static void awaitLine(Path file, String line) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!(Files.exists(file) && Files.readAllLines(file, StandardCharsets.UTF_8).contains(line))) {
      assertThat(System.nanoTime()).as("the child printed " + line).isLessThan(deadline);
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }
}
