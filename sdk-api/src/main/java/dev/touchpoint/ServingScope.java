package dev.touchpoint;

/**
 * The extent of an {@link Experience#serving(Customer)} block. Close it on the thread that opened
 * it, best with try-with-resources; closing never throws.
 */
public interface ServingScope extends AutoCloseable {

  @Override
  void close();
}
