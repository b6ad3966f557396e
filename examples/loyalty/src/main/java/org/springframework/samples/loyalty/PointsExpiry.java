package org.springframework.samples.loyalty;

/**
 * Code of the loyalty service's own in a package that begins like Spring's, as Spring's sample
 * applications' packages do, and without annotations: a platform team instruments it with the
 * Touchpoint agent and a touchpoints file (see the example's touchpoints.yaml).
 */
public class PointsExpiry {

  /** Points older than a year expire; the example's ledger holds none that old. */
  public int afterExpiry(int points) {
    return points;
  }
}
