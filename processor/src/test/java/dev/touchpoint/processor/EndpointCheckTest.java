package dev.touchpoint.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Who is your customer?": an endpoint with no @Touchpoint. */
class EndpointCheckTest {

  static final String[] SOURCES = {
      "frameworks/javax/ws/rs/GET.java", "frameworks/javax/ws/rs/Path.java",
      "frameworks/org/springframework/web/bind/annotation/PostMapping.java",
      "frameworks/io/micronaut/http/annotation/Get.java",
      "bad/endpoints/OrderResource.java"};

  @Test
  void anEndpointWithoutATouchpointIsAWarning() {
    Compilation compilation = Compilations.compile(SOURCES);
    var file = JavaFileObjects.forResource("bad/endpoints/OrderResource.java");

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(3);
    assertThat(compilation)
        .hadWarningContaining("OrderResource.show(java.lang.String) is an endpoint (@GET) with no @Touchpoint: who "
            + "is your customer? Add @Touchpoint(serves = CustomerKind.EXTERNAL, customer = "
            + "\"...\") (or INTERNAL, PARTNER) so that every call says whom it serves; compile with "
            + "-Atouchpoint.requireCustomer=true to make this an error")
        .inFile(file).onLineContaining("public String show(");
    assertThat(compilation)
        .hadWarningContaining("OrderResource.create(java.lang.String) is an endpoint (@PostMapping) with no "
            + "@Touchpoint: who is your customer? Add @Touchpoint(serves = CustomerKind.EXTERNAL, "
            + "customer = \"...\") (or INTERNAL, PARTNER) so that every call says whom it serves; "
            + "compile with -Atouchpoint.requireCustomer=true to make this an error")
        .inFile(file).onLineContaining("public String create(");
    assertThat(compilation)
        .hadWarningContaining("OrderResource.count() is an endpoint (@Get) with no @Touchpoint: who is your "
            + "customer? Add @Touchpoint(serves = CustomerKind.EXTERNAL, customer = \"...\") (or "
            + "INTERNAL, PARTNER) so that every call says whom it serves; compile with "
            + "-Atouchpoint.requireCustomer=true to make this an error")
        .inFile(file).onLineContaining("public int count(");
    assertThat(compilation).hadWarningContaining("-Atouchpoint.requireCustomer=true");
  }

  @Test
  void anEndpointThatServesNoCustomerSaysSoWithSuppressWarnings() {
    Compilation warned = Compilations.compile(SOURCES);
    Compilation probes = Compilations.compile("frameworks/javax/ws/rs/GET.java", "frameworks/javax/ws/rs/Path.java",
        "good/endpoints/Probes.java");
    Compilation required = Compilations.compileWith(List.of("-Atouchpoint.requireCustomer=true"),
        "frameworks/javax/ws/rs/GET.java", "frameworks/javax/ws/rs/Path.java", "good/endpoints/Probes.java");

    assertThat(warned).hadWarningContaining("so that every call says whom it serves; compile with"
        + " -Atouchpoint.requireCustomer=true to make this an error. An endpoint that serves no customer (a health"
        + " check) says so with @SuppressWarnings(\"touchpoint\")");
    assertThat(probes).succeededWithoutWarnings();
    assertThat(required).succeededWithoutWarnings();
  }

  @Test
  void requireCustomerMakesItAnError() {
    Compilation compilation = Compilations.compileWith(
        List.of("-Atouchpoint.requireCustomer=true"), SOURCES);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("OrderResource.count() is an endpoint (@Get) with no @Touchpoint: who is your "
            + "customer? Add @Touchpoint(serves = CustomerKind.EXTERNAL, customer = \"...\") (or "
            + "INTERNAL, PARTNER) so that every call says whom it serves")
        .inFile(JavaFileObjects.forResource("bad/endpoints/OrderResource.java"))
        .onLineContaining("public int count(");
  }
}
