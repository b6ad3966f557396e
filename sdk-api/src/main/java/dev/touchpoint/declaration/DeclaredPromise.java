package dev.touchpoint.declaration;

/**
 * A promise as declared: its name and its latency bound as written ("300ms"), or null when the
 * declaration gives none.
 */
public record DeclaredPromise(String name, String within) {

  public boolean hasBound() {
    return within != null;
  }
}
