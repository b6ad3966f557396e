package dev.touchpoint.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Prometheus (Debian's package, which .ci/run installs) on a free loopback port, scraping
 * the services named in {@code jobs} every second and evaluating {@code ruleFiles} every second.
 * Asked through its HTTP API, as Grafana asks it.
 */
final class PrometheusServer implements AutoCloseable {

  static final String MISSING = "prometheus is not installed: this test runs the generated rules in a real Prometheus."
      + " Install Debian's prometheus package (apt-get install prometheus), as .ci/run does";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final OwnedProcess process;
  private final URI address;
  private final Path log;

  private PrometheusServer(OwnedProcess process, URI address, Path log) {
    this.process = process;
    this.address = address;
    this.log = log;
  }

  /** Starts Prometheus in {@code work}; skips the calling test when it is not installed. */
  static PrometheusServer start(Path work, Map<String, Integer> jobs, List<Path> ruleFiles, int port)
      throws IOException, InterruptedException {
    Path binary = onPath("prometheus");
    Assumptions.assumeTrue(binary != null, MISSING);
    StringBuilder config = new StringBuilder("""
        global:
          scrape_interval: 1s
          evaluation_interval: 1s
        rule_files:
        """);
    ruleFiles.forEach(file -> config.append("  - '").append(file).append("'\n"));
    config.append("scrape_configs:\n");
    jobs.forEach((job, jobPort) -> config.append("  - job_name: '").append(job).append("'\n")
        .append("    static_configs:\n      - targets: ['127.0.0.1:").append(jobPort).append("']\n"));
    Path file = Files.writeString(work.resolve("prometheus.yml"), config);
    Path log = work.resolve("prometheus.log");
    OwnedProcess process = OwnedProcess.start(List.of(binary.toString(), "--config.file=" + file,
        "--storage.tsdb.path=" + work.resolve("data"), "--web.listen-address=127.0.0.1:" + port),
        ProcessBuilder.Redirect.to(log.toFile()));
    PrometheusServer prometheus = new PrometheusServer(process, URI.create("http://127.0.0.1:" + port), log);
    prometheus.awaitReady();
    return prometheus;
  }

  /** {@code GET /api/v1/query}: the instant vector's samples (empty when there is no data). */
  JsonNode query(String promql) throws IOException, InterruptedException {
    JsonNode answer = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    assertThat(answer.path("status").asString()).as("%s%n%s", promql, answer).isEqualTo("success");
    return answer.path("data").path("result");
  }

  /** Waits until {@code promql} returns at least one sample; returns the samples. */
  JsonNode await(String promql, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonNode result = query(promql);
    while (result.isEmpty() && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(250);
      result = query(promql);
    }
    return result;
  }

  /** {@code GET /api/v1/alerts}: the alerts pending or firing now. */
  JsonNode alerts() throws IOException, InterruptedException {
    return get("/api/v1/alerts").path("data").path("alerts");
  }

  /** {@code GET /api/v1/rules}: every rule group, with each rule's health and last error. */
  JsonNode rules() throws IOException, InterruptedException {
    return get("/api/v1/rules").path("data").path("groups");
  }

  /** What Prometheus logged, for failure messages. */
  String log() throws IOException {
    return Files.readString(log);
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(address.resolve(path))
        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  private void awaitReady() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(address.resolve("/-/ready"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Still starting.
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
    throw new IOException("Prometheus did not become ready within 30 s:\n" + log());
  }

  private static Path onPath(String tool) {
    List<Path> candidates = new ArrayList<>();
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      candidates.add(Path.of(directory, tool));
    }
    return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
  }

  @Override
  public void close() throws InterruptedException {
    process.close();
  }
}
