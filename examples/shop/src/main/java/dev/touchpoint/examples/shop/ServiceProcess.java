package dev.touchpoint.examples.shop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the shop's services in a JVM of its own. Its output is relayed line by line, prefixed with
 * its name; it is ready once it prints where it listens. Closing it stops it, and its shutdown
 * hooks flush its telemetry and print its summary.
 */
final class ServiceProcess implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final String name;
  private final OwnedProcess owned;
  private final Process process;
  private final Thread relay;
  private final CompletableFuture<URI> address = new CompletableFuture<>();

  private ServiceProcess(String name, OwnedProcess owned, PrintStream out) {
    this.name = name;
    this.owned = owned;
    this.process = owned.process();
    this.relay = new Thread(() -> relay(out), name + "-output");
    relay.setDaemon(true);
    relay.start();
  }

  /** Starts {@code java <jvmArguments> -jar <jar> <programArguments>}. */
  static ServiceProcess start(String name, List<String> jvmArguments, Path jar, List<String> programArguments,
      PrintStream out) throws IOException {
    List<String> arguments = new ArrayList<>(jvmArguments);
    arguments.add("-jar");
    arguments.add(jar.toString());
    arguments.addAll(programArguments);
    return new ServiceProcess(name, OwnedProcess.startJava(arguments, ProcessBuilder.Redirect.PIPE), out);
  }

  /** Where the service listens, once it does. */
  URI awaitAddress() throws InterruptedException, IOException {
    try {
      return address.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException exited) {
      throw new IOException(exited.getCause().getMessage(), exited.getCause());
    } catch (TimeoutException slow) {
      throw new IOException(name + " did not start listening within " + START_TIMEOUT.toSeconds() + " s");
    }
  }

  private void relay(PrintStream out) {
    String prefix = String.format("[%-10s] ", name);
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        out.println(prefix + line);
        Matcher listening = LISTENING.matcher(line);
        if (!address.isDone() && listening.find()) {
          address.complete(URI.create(listening.group(1)));
        }
      }
    } catch (IOException closed) {
      // The process is gone; what it printed has been relayed.
    } finally {
      address.completeExceptionally(new IOException(name + " stopped before it listened (exit code "
          + process.onExit().join().exitValue() + ")"));
    }
  }

  @Override
  public void close() throws InterruptedException {
    owned.close();
    relay.join(TimeUnit.SECONDS.toMillis(5));
  }
}
