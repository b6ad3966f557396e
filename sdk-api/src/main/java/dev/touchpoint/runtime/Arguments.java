package dev.touchpoint.runtime;

/** Argument checks whose messages say what was wrong and how to fix it. */
public final class Arguments {

  private Arguments() {}

  /**
   * Returns {@code value} when it has text; otherwise throws an {@link IllegalArgumentException}
   * naming {@code what} and the {@code fix}.
   */
  public static String requireNonBlank(String value, String what, String fix) {
    if (value == null) {
      throw new IllegalArgumentException(what + " must not be null: " + fix);
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank: " + fix);
    }
    return value;
  }

  /** Returns {@code value} when it is not null; otherwise throws naming {@code what} and the {@code fix}. */
  public static <T> T requireNonNull(T value, String what, String fix) {
    if (value == null) {
      throw new IllegalArgumentException(what + " must not be null: " + fix);
    }
    return value;
  }
}
