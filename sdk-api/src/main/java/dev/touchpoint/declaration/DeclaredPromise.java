package dev.touchpoint.declaration;

import java.util.List;

/**
 * A promise as declared: its name, its latency bound as written ("300ms") or null when the
 * declaration gives none, and the binary names of the exceptions it tolerates.
 */
public record DeclaredPromise(String name, String within, List<String> tolerates) {

  public DeclaredPromise {
    tolerates = tolerates == null ? List.of() : List.copyOf(tolerates);
  }

  public DeclaredPromise(String name, String within) {
    this(name, within, List.of());
  }

  public boolean hasBound() {
    return within != null;
  }

  /** A declaration with neither a bound nor tolerated exceptions refers to one further out. */
  boolean isReference() {
    return within == null && tolerates.isEmpty();
  }
}
