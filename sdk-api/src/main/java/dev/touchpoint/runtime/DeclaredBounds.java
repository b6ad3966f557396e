package dev.touchpoint.runtime;

import dev.touchpoint.declaration.LatencyBound;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every latency bound declared anywhere, so the duration histograms can make each one a bucket
 * boundary: "was the promise kept?" then reads straight off the buckets. Bounds come from every
 * descriptor built so far, from the {@value #RESOURCE} files the processor writes (touchpoints
 * whose classes have not loaded yet), and from the {@value #PROPERTY} system property (the agent's
 * touchpoints file).
 */
final class DeclaredBounds {

  static final String RESOURCE = "META-INF/touchpoint/promise-bounds";
  static final String PROPERTY = "touchpoint.promise.bounds";

  /** OpenTelemetry's advice for request durations, in seconds: the bounds are added to these. */
  private static final List<Double> DEFAULT_SECONDS = List.of(
      0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

  private static final Set<Long> REGISTERED = ConcurrentHashMap.newKeySet();

  private DeclaredBounds() {}

  static void register(long boundNanos) {
    REGISTERED.add(boundNanos);
  }

  /** The bucket boundaries, in seconds, ascending. */
  static List<Double> boundariesInSeconds() {
    TreeSet<Double> seconds = new TreeSet<>(DEFAULT_SECONDS);
    for (Long nanos : REGISTERED) {
      seconds.add(nanos / 1e9);
    }
    for (String bound : declaredElsewhere()) {
      if (LatencyBound.isValid(bound)) {
        seconds.add(LatencyBound.parse(bound).toNanos() / 1e9);
      }
    }
    return List.copyOf(seconds);
  }

  private static List<String> declaredElsewhere() {
    List<String> bounds = new ArrayList<>();
    String property = System.getProperty(PROPERTY);
    if (property != null) {
      for (String bound : property.split(",")) {
        bounds.add(bound.strip());
      }
    }
    for (ClassLoader loader : loaders()) {
      try {
        for (URL resource : Collections.list(loader.getResources(RESOURCE))) {
          try (BufferedReader lines = new BufferedReader(new InputStreamReader(resource.openStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
              if (!line.isBlank()) {
                bounds.add(line.strip());
              }
            }
          }
        }
      } catch (IOException | RuntimeException unreadable) {
        InternalErrors.report("read the declared promise bounds", unreadable);
      }
    }
    return bounds;
  }

  private static List<ClassLoader> loaders() {
    List<ClassLoader> loaders = new ArrayList<>();
    ClassLoader own = DeclaredBounds.class.getClassLoader();
    if (own != null) {
      loaders.add(own);
    }
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null && context != own) {
      loaders.add(context);
    }
    return loaders;
  }
}
