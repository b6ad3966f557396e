package dev.touchpoint.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/** Real javac compilations of test sources under {@code src/test/resources}, with the processor. */
final class Compilations {

  private Compilations() {}

  static Compilation compile(String... resources) {
    return compileWith(List.of(), resources);
  }

  static Compilation compileWith(List<String> options, String... resources) {
    List<String> allOptions = new ArrayList<>(options);
    allOptions.add("-Xlint:all,-processing");
    return Compiler.javac()
        .withProcessors(new TouchpointProcessor())
        .withOptions(allOptions)
        .compile(sources(resources));
  }

  static List<JavaFileObject> sources(String... resources) {
    return Arrays.stream(resources).map(JavaFileObjects::forResource).toList();
  }

  /** The shop sources under good/com/shop, which compile cleanly. */
  static String[] shop(String... more) {
    List<String> sources = new ArrayList<>(List.of(
        "good/com/shop/package-info.java",
        "good/com/shop/CheckoutException.java",
        "good/com/shop/Checkout.java",
        "good/com/shop/DefaultCheckout.java",
        "good/com/shop/Payments.java"));
    sources.addAll(List.of(more));
    return sources.toArray(String[]::new);
  }
}
