package dev.touchpoint.examples.payments;

/** The acquirer could not take the charge: down, overloaded or unreachable. */
public class AcquirerUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AcquirerUnavailable(String message) {
    super(message);
  }
}
