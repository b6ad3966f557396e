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
        .hadErrorContaining(Messages.nameClash("checkout.pay", "serves INTERNAL customer \"finance\"",
            "clash.Checkout.pay()", "serves EXTERNAL customer \"shopper\""))
        .inFile(JavaFileObjects.forResource("bad/clash/Billing.java"))
        .onLineContaining("@Touchpoint(value = \"checkout.pay\"");
    assertThat(compilation)
        .hadErrorContaining(Messages.nameClash("checkout.pay", "serves EXTERNAL customer \"shopper\"",
            "clash.Billing.pay()", "serves INTERNAL customer \"finance\""))
        .inFile(JavaFileObjects.forResource("bad/clash/Checkout.java"))
        .onLineContaining("@Touchpoint(value = \"checkout.pay\"");
  }
}
