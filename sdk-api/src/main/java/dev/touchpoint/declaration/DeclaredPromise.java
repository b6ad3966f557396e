package dev.touchpoint.declaration;

import java.util.List;

/**
 * A promise as declared: its name, its latency bound as written ("300ms") or null when the
 * declaration gives none, the binary names of the exceptions it tolerates, and its objective as
 * written ("99.5%") or null.
 */
public record DeclaredPromise(String name, String within, List<String> tolerates, String objective) {

  public DeclaredPromise {
    tolerates = tolerates == null ? List.of() : List.copyOf(tolerates);
  }

  public DeclaredPromise(String name, String within, List<String> tolerates) {
    this(name, within, tolerates, null);
  }

  public DeclaredPromise(String name, String within) {
    this(name, within, List.of());
  }

  public boolean hasBound() {
    return within != null;
  }

  public boolean hasObjective() {
    return objective != null;
  }

  /** A declaration with neither a bound nor tolerated exceptions refers to one further out. */
  boolean isReference() {
    return within == null && tolerates.isEmpty();
  }
}
