package dev.touchpoint.spring.app;

import org.springframework.stereotype.Component;

/** Injected into {@link Loyalty} through its constructor: injection must survive the generated form. */
@Component
public class PointsRules {

  public boolean allows(int amount) {
    return amount > 0;
  }
}
