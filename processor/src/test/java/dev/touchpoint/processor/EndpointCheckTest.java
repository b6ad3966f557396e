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
        .hadWarningContaining(Messages.missingCustomer("OrderResource.show(java.lang.String)", "GET", false))
        .inFile(file).onLineContaining("public String show(");
    assertThat(compilation)
        .hadWarningContaining(Messages.missingCustomer("OrderResource.create(java.lang.String)", "PostMapping", false))
        .inFile(file).onLineContaining("public String create(");
    assertThat(compilation)
        .hadWarningContaining(Messages.missingCustomer("OrderResource.count()", "Get", false))
        .inFile(file).onLineContaining("public int count(");
    assertThat(compilation).hadWarningContaining("-Atouchpoint.requireCustomer=true");
  }

  @Test
  void requireCustomerMakesItAnError() {
    Compilation compilation = Compilations.compileWith(
        List.of("-A" + Messages.REQUIRE_CUSTOMER_OPTION + "=true"), SOURCES);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining(Messages.missingCustomer("OrderResource.count()", "Get", true))
        .inFile(JavaFileObjects.forResource("bad/endpoints/OrderResource.java"))
        .onLineContaining("public int count(");
  }
}
