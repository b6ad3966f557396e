package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real JVM, forked: a java binary, -javaagent options, a class path and a main class. It must
 * exit on its own within the time limit (an agent thread keeping it alive fails the test) and is
 * killed if it does not, so a broken test never hangs the build.
 */
final class ChildJvm {

  private static final long TIME_LIMIT_SECONDS = 120;

  private final List<String> command = new ArrayList<>();
  private final List<String> options = new ArrayList<>();
  private final List<String> arguments = new ArrayList<>();
  private String classpath;
  private String main;
  private String input = "";

  private ChildJvm(Path javaHome) {
    command.add(javaHome.resolve("bin/java").toString());
  }

  static ChildJvm java() {
    return new ChildJvm(Path.of(System.getProperty("java.home")));
  }

  static ChildJvm java(Path javaHome) {
    return new ChildJvm(javaHome);
  }

  ChildJvm javaagent(Path jar, String agentArguments) {
    options.add("-javaagent:" + jar + (agentArguments == null ? "" : "=" + agentArguments));
    return this;
  }

  ChildJvm javaagent(Path jar) {
    return javaagent(jar, null);
  }

  ChildJvm touchpointAgent() {
    return javaagent(Agents.touchpoint());
  }

  ChildJvm touchpointAgent(String agentArguments) {
    return javaagent(Agents.touchpoint(), agentArguments);
  }

  ChildJvm property(String name, String value) {
    options.add("-D" + name + "=" + value);
    return this;
  }

  ChildJvm classpath(List<Path> entries) {
    this.classpath = FixtureApps.join(entries);
    return this;
  }

  ChildJvm main(String mainClass, String... mainArguments) {
    this.main = mainClass;
    arguments.addAll(List.of(mainArguments));
    return this;
  }

  ChildJvm jar(Path executableJar) {
    this.main = null;
    arguments.addAll(0, List.of("-jar", executableJar.toString()));
    return this;
  }

  ChildJvm input(String text) {
    this.input = text;
    return this;
  }

  Process start() throws IOException {
    List<String> full = new ArrayList<>(command);
    full.addAll(options);
    if (classpath != null) {
      full.addAll(List.of("-cp", classpath));
    }
    if (main != null) {
      full.add(main);
    }
    full.addAll(arguments);
    return new ProcessBuilder(full).start();
  }

  Result run() throws Exception {
    Process process = start();
    CompletableFuture<String> out = read(process.getInputStream());
    CompletableFuture<String> err = read(process.getErrorStream());
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(input.getBytes(StandardCharsets.UTF_8));
    }
    boolean exited = process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    Result result = new Result(exited ? process.exitValue() : -1, out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
    assertThat(exited).as("the child JVM exits on its own within %ss%n%s", TIME_LIMIT_SECONDS, result).isTrue();
    return result;
  }

  static CompletableFuture<String> read(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try (stream) {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "(unreadable: " + e + ")";
      }
    });
  }

  /** What the child printed and how it ended. */
  record Result(int exitCode, String stdout, String stderr) {

    List<PrintedSpan> spans() {
      return PrintedSpan.parse(stdout);
    }

    /** Lines of standard error from the agent. */
    List<String> agentLines() {
      return stderr.lines().filter(line -> line.startsWith("[touchpoint-agent]")).toList();
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
    }
  }
}
