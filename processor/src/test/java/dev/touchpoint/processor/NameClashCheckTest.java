package dev.touchpoint.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

class NameClashCheckTest {

  @Test
  void oneNameForTwoExperiencesIsAnErrorOnBoth() {
    Compilation compilation = Compilations.compile("bad/clash/Checkout.java", "bad/clash/Billing.java");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("touchpoint \"checkout.pay\" is declared twice for different experiences: here it serves"
            + " INTERNAL customer \"finance\", in clash.Checkout.pay() it serves EXTERNAL customer \"shopper\". A"
            + " touchpoint name stands for one experience: give each its own name, or declare the same serves,"
            + " customer, journey and owner on both")
        .inFile(JavaFileObjects.forResource("bad/clash/Billing.java"))
        .onLineContaining("@Touchpoint(value = \"checkout.pay\"");
    assertThat(compilation)
        .hadErrorContaining("touchpoint \"checkout.pay\" is declared twice for different experiences: here it serves"
            + " EXTERNAL customer \"shopper\", in clash.Billing.pay() it serves INTERNAL customer \"finance\".")
        .inFile(JavaFileObjects.forResource("bad/clash/Checkout.java"))
        .onLineContaining("@Touchpoint(value = \"checkout.pay\"");
  }
}
