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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The loyalty service's executable jar, started with {@code java -jar} as it is deployed, on a free
 * loopback port, writing its spans as OTLP JSON to a file the test reads, as it does in the shop.
 */
final class RunningJar implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  /** OTLP's span kinds, by number. */
  private static final List<String> KINDS = List.of("UNSPECIFIED", "INTERNAL", "SERVER", "CLIENT", "PRODUCER", "CONSUMER");
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
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Dshop.spans.file=" + spans));
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

  /**
   * Every span written so far, from the OTLP JSON lines the service writes (an export request a
   * line), each as a map: traceId, spanId, parentSpanId, kind (SERVER, ...), name, and attributes
   * with their values as text (arrays as "[a, b]").
   */
  private List<Map<String, Object>> spans() throws IOException {
    if (!Files.exists(spans)) {
      return List.of();
    }
    List<Map<String, Object>> found = new ArrayList<>();
    for (String line : Files.readAllLines(spans)) {
      if (line.isBlank()) {
        continue;
      }
      for (JsonNode resource : JsonMapper.shared().readTree(line).path("resourceSpans")) {
        for (JsonNode scope : resource.path("scopeSpans")) {
          for (JsonNode span : scope.path("spans")) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            span.path("attributes").forEach(attribute ->
                attributes.put(attribute.path("key").asString(), text(attribute.path("value"))));
            Map<String, Object> read = new LinkedHashMap<>();
            read.put("traceId", span.path("traceId").asString());
            read.put("spanId", span.path("spanId").asString());
            read.put("parentSpanId", span.path("parentSpanId").asString(""));
            read.put("kind", KINDS.get(span.path("kind").asInt()));
            read.put("name", span.path("name").asString());
            read.put("attributes", attributes);
            found.add(read);
          }
        }
      }
    }
    return found;
  }

  /** An OTLP attribute value as text, as String.valueOf gives it for the SDK's own values. */
  private static String text(JsonNode value) {
    if (value.has("arrayValue")) {
      List<String> items = new ArrayList<>();
      value.get("arrayValue").path("values").forEach(item -> items.add(text(item)));
      return items.toString();
    }
    JsonNode only = value.properties().iterator().next().getValue();
    return only.asString();
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
