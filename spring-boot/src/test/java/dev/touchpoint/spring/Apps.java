package dev.touchpoint.spring;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the test applications for real, on a free loopback port, and calls them over HTTP. */
final class Apps {

  /** What every test application runs with: a free port, every trace sampled, nothing exported elsewhere. */
  private static final List<String> COMMON = List.of(
      "server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
      "management.tracing.sampling.probability=1.0", "management.otlp.metrics.export.enabled=false",
      "management.endpoints.web.exposure.include=touchpoints,info", "management.info.env.enabled=false");

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Apps() {}

  static ConfigurableApplicationContext start(WebApplicationType type, List<Class<?>> sources, String... properties) {
    List<String> all = new ArrayList<>(COMMON);
    all.addAll(List.of(properties));
    return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).web(type)
        .properties(all.toArray(String[]::new)).run();
  }

  static int port(ConfigurableApplicationContext app) {
    return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
  }

  /** GET {@code path} on the application with these request headers (name, value, name, value...). */
  static String get(ConfigurableApplicationContext app, String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(app) + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
