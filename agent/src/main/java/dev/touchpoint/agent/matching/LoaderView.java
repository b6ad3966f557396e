package dev.touchpoint.agent.matching;

import java.util.List;
import java.util.Map;

/**
 * What one class loader offers the agent, worked out once per loader: the experience maps it sees,
 * whether it can see Touchpoint's annotations (no annotated class can live where it cannot), and
 * whether the runtime is there for advice to call. Holds no reference to the loader itself.
 */
public final class LoaderView {

  /** Whether advice in this loader's classes can reach the runtime. */
  public enum Runtime { UNKNOWN, AVAILABLE, UNAVAILABLE }

  private final Map<String, List<MappedMethod>> mapped;
  private final boolean seesAnnotations;
  private volatile Runtime runtime = Runtime.UNKNOWN;

  LoaderView(Map<String, List<MappedMethod>> mapped, boolean seesAnnotations) {
    this.mapped = Map.copyOf(mapped);
    this.seesAnnotations = seesAnnotations;
  }

  /**
   * A view that plans from annotations alone, with no experience map: a build's own classes, whose
   * maps are what is being built.
   */
  public static LoaderView annotationsOnly() {
    return new LoaderView(Map.of(), true);
  }

  public boolean isMapped(String binaryName) {
    return mapped.containsKey(binaryName);
  }

  List<MappedMethod> mapped(String binaryName) {
    return mapped.getOrDefault(binaryName, List.of());
  }

  public boolean seesAnnotations() {
    return seesAnnotations;
  }

  /** Touchpoints the maps name, for the start-up line. */
  public int mappedTouchpoints() {
    int touchpoints = 0;
    for (List<MappedMethod> methods : mapped.values()) {
      for (MappedMethod method : methods) {
        touchpoints += method.touchpoint() != null ? 1 : 0;
      }
    }
    return touchpoints;
  }

  /** Classes the maps name, for the start-up line. */
  public int mappedClasses() {
    return mapped.size();
  }

  public Runtime runtime() {
    return runtime;
  }

  public void runtime(Runtime runtime) {
    this.runtime = runtime;
  }
}
