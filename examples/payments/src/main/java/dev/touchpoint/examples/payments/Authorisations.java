package dev.touchpoint.examples.payments;

/** Authorises an order's payment: with the primary acquirer, or the backup when it is down. */
public class Authorisations {

  private final AcquirerClient acquirers;
  private final Settlements settlements;

  Authorisations(AcquirerClient acquirers, Settlements settlements) {
    this.acquirers = acquirers;
    this.settlements = settlements;
  }

  public String authorise(String orderId, long cents, String paymentToken) {
    String authorisation;
    try {
      authorisation = acquirers.charge(AcquirerClient.PRIMARY, orderId, cents, paymentToken);
    } catch (AcquirerUnavailable unavailable) {
      authorisation = retryWithBackupAcquirer(orderId, cents, paymentToken);
    }
    settlements.record(cents);
    return authorisation;
  }

  /** Service recovery: it saves the sale, but the payment was not right first time. */
  String retryWithBackupAcquirer(String orderId, long cents, String paymentToken) {
    return acquirers.charge(AcquirerClient.BACKUP, orderId, cents, paymentToken);
  }
}
