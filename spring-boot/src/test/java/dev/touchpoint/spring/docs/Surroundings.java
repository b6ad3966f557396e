package dev.touchpoint.spring.docs;

/**
 * The names the docs' snippets take from the code around them (a checkout, a cart, a ledger), as
 * source that {@link DocumentationSnippetsTest} compiles beside each snippet.
 */
final class Surroundings {

  static final String SOURCE = """
      package dev.touchpoint.spring.docs;
      //IMPORTS
      public abstract class Surroundings {
        public interface Cart {}
        public interface Order {}
        public interface Receipt {}
        public interface Report {}
        public interface Request {}
        public interface Account { String id(); }
        public interface Checkout { Receipt placeOrder(Object order); }
        public interface Ledger { Report reconcile(java.time.LocalDate day); void close(java.time.LocalDate day); }
        public interface ThirdParty { Object call(Request request); }
        public interface FraudScreen { void screen(Cart cart); }
        public interface Payments {
          Receipt authorise(Cart cart) throws Declined;
          Receipt retryWithBackupAcquirer(Cart cart);
        }
        public static class Declined extends Exception {}
        public static class OutOfStock extends RuntimeException {}

        protected Checkout checkout;
        protected Cart cart;
        protected Order largeOrder;
        protected Ledger ledger;
        protected java.time.LocalDate day;
        protected Account account;
        protected ThirdParty thirdParty;
        protected Request request;

        protected void handle(Request request) {}
      }
      """;

  private Surroundings() {}
}
