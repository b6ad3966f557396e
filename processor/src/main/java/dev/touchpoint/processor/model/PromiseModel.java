package dev.touchpoint.processor.model;

/** A promise in force at a touchpoint: its name and its bound as written ("300ms"), or null. */
public record PromiseModel(String name, String within) {

  public boolean hasBound() {
    return within != null;
  }
}
