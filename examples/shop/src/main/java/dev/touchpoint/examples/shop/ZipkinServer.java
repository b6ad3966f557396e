package dev.touchpoint.examples.shop;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Zipkin server, started from its executable jar on 127.0.0.1 with in-memory storage, and
 * stopped on close, or at the latest when this JVM exits.
 */
public final class ZipkinServer implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final OwnedProcess owned;
  private final Path log;
  private final URI address;

  private ZipkinServer(OwnedProcess owned, Path log, int port) {
    this.owned = owned;
    this.log = log;
    this.address = URI.create("http://127.0.0.1:" + port);
  }

  /** Starts Zipkin from {@code jar} on {@code port} and waits until it answers its health check. */
  public static ZipkinServer start(Path jar, int port) throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new IOException("no Zipkin server at " + jar + "; Maven copies it there with -Pzipkin");
    }
    Path log = Files.createTempFile("zipkin-", ".log");
    OwnedProcess process = OwnedProcess.startJava(List.of("-Xmx512m", "-jar", jar.toString(),
            // Loopback only: nobody else on the network sees the traces.
            "--armeria.ports[0].ip=127.0.0.1",
            "--armeria.ports[0].port=" + port,
            "--armeria.ports[0].protocols[0]=http"),
        ProcessBuilder.Redirect.to(log.toFile()));
    ZipkinServer zipkin = new ZipkinServer(process, log, port);
    try {
      zipkin.awaitHealthy();
      return zipkin;
    } catch (IOException | InterruptedException | RuntimeException failed) {
      zipkin.close();
      throw failed;
    }
  }

  /** The base address: the UI is under /zipkin/, the API under /api/v2/. */
  public URI address() {
    return address;
  }

  /** Where services send spans. */
  public URI spansEndpoint() {
    return address.resolve("/api/v2/spans");
  }

  private void awaitHealthy() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health = HttpRequest.newBuilder(address.resolve("/health")).timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!owned.process().isAlive()) {
        throw new IOException("Zipkin exited with code " + owned.process().exitValue() + " before it was up:\n" + tail());
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Still starting.
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
    throw new IOException("Zipkin was not up within " + START_TIMEOUT.toSeconds() + " s:\n" + tail());
  }

  private String tail() throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  @Override
  public void close() throws IOException, InterruptedException {
    owned.close();
    Files.deleteIfExists(log);
  }
}
