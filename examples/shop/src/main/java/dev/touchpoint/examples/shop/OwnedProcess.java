package dev.touchpoint.examples.shop;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM this one started and owns: stopped the way an operator would (SIGTERM, so its shutdown
 * hooks flush telemetry), killed if it does not stop in time, and killed at the latest when this
 * JVM exits, so no server outlives a failed run.
 */
final class OwnedProcess implements AutoCloseable {

  private static final Duration GRACE = Duration.ofSeconds(30);

  private final Process process;
  private final Thread killAtExit;

  private OwnedProcess(Process process) {
    this.process = process;
    this.killAtExit = new Thread(process::destroyForcibly, "kill-" + process.pid() + "-at-exit");
    Runtime.getRuntime().addShutdownHook(killAtExit);
  }

  /** Starts {@code java <arguments>} with the same JDK as this JVM. */
  static OwnedProcess startJava(List<String> arguments, ProcessBuilder.Redirect output) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(arguments);
    return start(command, output);
  }

  /** Starts {@code command}, with its standard error merged into {@code output}. */
  static OwnedProcess start(List<String> command, ProcessBuilder.Redirect output) throws IOException {
    return new OwnedProcess(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start());
  }

  Process process() {
    return process;
  }

  @Override
  public void close() throws InterruptedException {
    // Through the handle: Process.destroy() would also close our end of its output, and lose what
    // it prints while it shuts down.
    process.toHandle().destroy();
    if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(killAtExit);
    } catch (IllegalStateException exiting) {
      // This JVM is already exiting: the hook runs, harmlessly, on a process that is gone.
    }
  }
}
