package shop;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Runs every kind of touchpoint in the shop once, then prints each span as a line a test can
 * compare between runs: its name, its parent's name and its attributes, without timings.
 */
public final class Main {

  public static void main(String[] args) {
    InMemorySpanExporter spans = InMemorySpanExporter.create();
    OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
        .addSpanProcessor(SimpleSpanProcessor.create(spans)).build()).buildAndRegisterGlobal();

    Checkout checkout = new Checkout();
    System.out.println(checkout.placeOrder("o-1"));
    System.out.println(checkout.placeOrder("retry-2"));
    CompletableFuture<String> payment = new CompletableFuture<>();
    CompletableFuture<String> confirmation = checkout.confirm(payment);
    System.out.println("confirm returned, done: " + confirmation.isDone());
    payment.complete("payment p-9");
    System.out.println(confirmation.join());
    System.out.println(new PaperReceipts().print("o-3"));

    List<SpanData> finished = spans.getFinishedSpanItems();
    Map<String, String> names = finished.stream().collect(Collectors.toMap(SpanData::getSpanId, SpanData::getName));
    for (SpanData span : finished) {
      Map<String, Object> attributes = new TreeMap<>();
      span.getAttributes().forEach((key, value) -> attributes.put(key.getKey(), value));
      attributes.remove("cx.control.time_share"); // a timing, different on every run
      System.out.println("SPAN " + span.getName() + " parent=" + names.getOrDefault(span.getParentSpanId(), "-")
          + " " + attributes);
    }
  }
}
