package dev.touchpoint.examples.loyalty;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.Touchpoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.samples.loyalty.PointsExpiry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points ledger, read in a transaction: Spring proxies this bean, and its touchpoint runs inside
 * the proxy. Its customer is the points API, a colleague's code rather than a shopper.
 */
@Service
public class PointsLedger {

  private final JdbcClient database;
  private final PointsExpiry expiry = new PointsExpiry();

  public PointsLedger(JdbcClient database) {
    this.database = database;
  }

  @Transactional(readOnly = true)
  @Touchpoint(value = "loyalty.read-ledger", serves = CustomerKind.INTERNAL, customer = "points-api",
      owner = "loyalty-team")
  public int balance(String shopper) {
    int earned = database.sql("select coalesce(sum(points), 0) from ledger where shopper = ?").param(shopper)
        .query(Integer.class).single();
    return expiry.afterExpiry(earned);
  }
}
