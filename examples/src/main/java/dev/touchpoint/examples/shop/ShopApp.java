package dev.touchpoint.examples.shop;

import dev.touchpoint.Customer;
import dev.touchpoint.Experience;
import dev.touchpoint.ServingScope;
import dev.touchpoint.examples.console.ConsoleSpanPrinter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.PrintStream;

/**
 * A small shop: a shopper checks out twice (the second time with a bad amount), the payment step
 * serves the card acquirer, and finance reconciles the day. Every touchpoint call prints its span.
 */
public final class ShopApp {

  // The processor generated these: a decorator for the Checkout interface, and subclasses of the
  // Payments and Ledger classes. Wiring them in is all it takes; no agent, no tracing code.
  private final Checkout checkout =
      Experience.decorate(Checkout.class, new DefaultCheckout(new PaymentsTouchpoints()));
  private final Ledger ledger = new LedgerTouchpoints();
  private final PrintStream out;

  ShopApp(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    // The embedded default: an OpenTelemetry SDK that prints spans instead of sending them.
    OpenTelemetrySdk telemetry =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(new ConsoleSpanPrinter(System.out)))
                    .build())
            .buildAndRegisterGlobal();
    try {
      new ShopApp(System.out).run();
    } finally {
      telemetry.close();
    }
  }

  void run() {
    // The shopper is the end customer of everything the checkout does, payments included.
    try (ServingScope shopper = Experience.serving(Customer.external("shopper"))) {
      out.println(checkout.placeOrder("order-1", 4_995));
      try {
        checkout.placeOrder("order-2", 0);
      } catch (IllegalArgumentException declined) {
        out.println("declined: " + declined.getMessage());
      }
    }

    try (ServingScope finance = Experience.serving(Customer.internal("finance"))) {
      out.println("reconciled " + ledger.reconcile(2) + " orders");
    }
  }
}
