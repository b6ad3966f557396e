package dev.touchpoint.examples.loyalty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * The loyalty service's executable jar, started with {@code java -jar} as it is deployed, on a free
 * loopback port, writing its spans to a file the test reads.
 */
final class RunningJar implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Process process;
  private final Path output;
  private final Path spans;
  private final URI address;

  private RunningJar(Process process, Path output, Path spans, URI address) {
    this.process = process;
    this.output = output;
    this.spans = spans;
    this.address = address;
  }

  static RunningJar start(Path work, List<String> jvmArguments) throws IOException, InterruptedException {
    return start(Path.of(System.getProperty("java.home"), "bin", "java"), work, jvmArguments);
  }

  /** The same, with the {@code java} of another JDK. */
  static RunningJar start(Path java, Path work, List<String> jvmArguments) throws IOException, InterruptedException {
    Path output = work.resolve("output.txt");
    Path spans = work.resolve("spans.jsonl");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Dloyalty.spans-file=" + spans));
    command.addAll(jvmArguments);
    command.addAll(List.of("-jar", System.getProperty("loyalty.jar")));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      Matcher listening = LISTENING.matcher(Files.readString(output));
      if (listening.find()) {
        return new RunningJar(process, output, spans, URI.create(listening.group(1)));
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new IllegalStateException("the loyalty jar did not start listening:\n" + Files.readString(output));
  }

  /** POSTs a form to {@code path} with these request headers (name, value, ...); the body of a 200 answer. */
  String post(String path, String form, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(address.resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return body(request.build());
  }

  String get(String path) throws IOException, InterruptedException {
    return body(HttpRequest.newBuilder(address.resolve(path)).build());
  }

  private static String body(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** The spans of {@code traceId} once {@code count} of them have ended; the request's span ends last. */
  List<Map<String, Object>> trace(String traceId, int count) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plusSeconds(10);
    List<Map<String, Object>> found = List.of();
    while (Instant.now().isBefore(deadline)) {
      found = spans().stream().filter(span -> traceId.equals(span.get("traceId"))).toList();
      if (found.size() >= count) {
        return found;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("trace " + traceId + " has " + found.size() + " spans, not " + count + ": " + found);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> spans() throws IOException {
    if (!Files.exists(spans)) {
      return List.of();
    }
    return Files.readAllLines(spans).stream().filter(line -> !line.isBlank())
        .map(line -> (Map<String, Object>) JsonMapper.shared().readValue(line, Map.class)).toList();
  }

  String output() throws IOException {
    return Files.readString(output);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
