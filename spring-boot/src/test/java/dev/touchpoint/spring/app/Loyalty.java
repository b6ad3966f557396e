package dev.touchpoint.spring.app;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A transactional service with a touchpoint: Spring proxies it, and the touchpoint must still run. */
@Service
@Transactional
public class Loyalty {

  private final PointsRules rules;
  private final int multiplier;

  public Loyalty(PointsRules rules, @Value("${shop.points.multiplier:3}") int multiplier) {
    this.rules = rules;
    this.multiplier = multiplier;
  }

  /** Injected through the constructor's annotated parameter, which the generated form repeats. */
  public int multiplier() {
    return multiplier;
  }

  /** Says whether it ran inside a transaction, so the test sees the proxy still works. */
  @Touchpoint(value = "loyalty.add-points", serves = CustomerKind.INTERNAL, customer = "finance", owner = "loyalty-team")
  public boolean addPoints(String account, int amount) {
    return rules.allows(amount) && TransactionSynchronizationManager.isActualTransactionActive();
  }
}
