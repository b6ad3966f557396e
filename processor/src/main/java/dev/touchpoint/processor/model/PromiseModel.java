package dev.touchpoint.processor.model;

import java.util.List;

/**
 * A promise in force at a touchpoint: its name, its bound as written ("300ms") or null, and the
 * binary names of the exceptions it tolerates.
 */
public record PromiseModel(String name, String within, List<String> tolerates) {

  public PromiseModel {
    tolerates = List.copyOf(tolerates);
  }

  public boolean hasBound() {
    return within != null;
  }
}
