package dev.touchpoint.processor.model;

import java.util.List;

/**
 * A promise in force at a touchpoint: its name, its bound as written ("300ms") or null, the
 * binary names of the exceptions it tolerates, and its objective as written ("99.5%") or null.
 */
public record PromiseModel(String name, String within, List<String> tolerates, String objective) {

  public PromiseModel {
    tolerates = List.copyOf(tolerates);
  }

  public boolean hasBound() {
    return within != null;
  }
}
