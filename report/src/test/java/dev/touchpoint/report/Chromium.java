package dev.touchpoint.report;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real headless Chromium (Debian's {@code chromium} package, which .ci/run installs), driven
 * through the DevTools protocol over the JDK's own WebSocket client: open a page, collect what its
 * console and network log report as errors, read values out of its DOM, take a screenshot.
 */
final class Chromium implements AutoCloseable {

  static final String MISSING = "chromium is not installed: this test opens the report in a real browser."
      + " Install Debian's chromium package (apt-get install chromium), as .ci/run does";
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^/]+)/");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Process process;
  private WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
  private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
  private final List<String> errors = new ArrayList<>();

  private Chromium(Process process) {
    this.process = process;
  }

  /** Starts Chromium with an empty profile in {@code profile}; skips the calling test when it is not installed. */
  static Chromium start(Path profile) throws Exception {
    Path binary = Stream.of("chromium", "chromium-browser")
        .flatMap(name -> Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .map(directory -> Path.of(directory, name)))
        .filter(Files::isExecutable).findFirst().orElse(null);
    Assumptions.assumeTrue(binary != null, MISSING);
    Process process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--hide-scrollbars", "--no-first-run", "--window-size=1280,1800", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    URI browser = null;
    BufferedReader log = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    for (String line = log.readLine(); line != null && System.nanoTime() < deadline; line = log.readLine()) {
      Matcher listening = LISTENING.matcher(line);
      if (listening.find()) {
        browser = URI.create(listening.group(1).replace("ws://", "http://"));
        break;
      }
    }
    if (browser == null) {
      process.destroyForcibly();
      throw new IOException("Chromium did not say where its DevTools listen");
    }
    // Keep reading its log, or it blocks when the pipe is full.
    Thread drain = new Thread(() -> log.lines().forEach(line -> { }), "chromium-log");
    drain.setDaemon(true);
    drain.start();
    HttpClient http = HttpClient.newHttpClient();
    JsonNode target = JSON.readTree(http.send(HttpRequest.newBuilder(browser.resolve("/json/new?about:blank"))
        .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body());
    Chromium chromium = new Chromium(process);
    chromium.socket = http.newWebSocketBuilder().buildAsync(URI.create(target.get("webSocketDebuggerUrl").asString()),
        chromium.listener()).get(30, TimeUnit.SECONDS);
    chromium.call("Page.enable", Map.of());
    chromium.call("Runtime.enable", Map.of());
    chromium.call("Log.enable", Map.of());
    return chromium;
  }

  /** Opens {@code page} and waits until it has loaded. */
  void open(Path page) throws Exception {
    call("Page.navigate", Map.of("url", page.toUri().toString()));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      JsonNode event = events.poll(1, TimeUnit.SECONDS);
      if (event != null && "Page.loadEventFired".equals(event.path("method").asString())) {
        TimeUnit.MILLISECONDS.sleep(300); // what the console reports late, it reports by now
        return;
      }
    }
    throw new IOException("the page did not load within 30 s: " + page);
  }

  /** Every error the page's console, scripts and network reported so far. */
  List<String> errors() {
    synchronized (errors) {
      return List.copyOf(errors);
    }
  }

  /** Evaluates {@code expression} in the page; returns its value, as JSON. */
  JsonNode evaluate(String expression) throws Exception {
    return call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true)).at("/result/value");
  }

  /** The whole page, as a PNG. */
  void screenshot(Path file) throws Exception {
    JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
    Files.write(file, Base64.getDecoder().decode(shot.get("data").asString()));
  }

  private JsonNode call(String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    replies.put(id, reply);
    socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true);
    JsonNode answer = reply.get(30, TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IOException(method + ": " + answer.get("error"));
    }
    return answer.path("result");
  }

  private void received(JsonNode message) {
    if (message.has("id")) {
      CompletableFuture<JsonNode> reply = replies.remove(message.get("id").asInt());
      if (reply != null) {
        reply.complete(message);
      }
      return;
    }
    String method = message.path("method").asString();
    JsonNode params = message.path("params");
    String error = switch (method) {
      case "Runtime.consoleAPICalled" -> "error".equals(params.path("type").asString())
          || "assert".equals(params.path("type").asString()) ? "console." + params.path("type").asString() + ": "
          + params.path("args").path(0).path("value").asString(params.path("args").toString()) : null;
      case "Runtime.exceptionThrown" -> "uncaught: " + params.path("exceptionDetails").path("text").asString();
      case "Log.entryAdded" -> "error".equals(params.at("/entry/level").asString())
          ? "log: " + params.at("/entry/text").asString() + " " + params.at("/entry/url").asString("") : null;
      default -> null;
    };
    if (error != null) {
      synchronized (errors) {
        errors.add(error);
      }
    }
    events.add(message);
  }

  private WebSocket.Listener listener() {
    return new WebSocket.Listener() {
      private final StringBuilder partial = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
          JsonNode message = JSON.readTree(partial.toString());
          partial.setLength(0);
          received(message);
        }
        webSocket.request(1);
        return null;
      }
    };
  }

  /**
   * Closes the browser and waits for every process of it: Chromium's renderers outlive a killed
   * parent for a moment, writing into the profile a test is about to delete.
   */
  @Override
  public void close() throws Exception {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    try {
      socket.sendText(JSON.writeValueAsString(Map.of("id", ids.incrementAndGet(), "method", "Browser.close")), true);
    } catch (RuntimeException closing) {
      // Stopped below all the same.
    }
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      all.forEach(ProcessHandle::destroyForcibly);
    }
    for (ProcessHandle handle : all) {
      handle.onExit().get(10, TimeUnit.SECONDS);
    }
  }
}
