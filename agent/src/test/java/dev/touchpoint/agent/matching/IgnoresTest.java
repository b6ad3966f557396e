package dev.touchpoint.agent.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IgnoresTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "java/lang/String", "jdk/proxy1/$Proxy12", "sun/misc/Unsafe", "com/sun/net/httpserver/HttpServer",
      "dev/touchpoint/agent/AgentStartup", "dev/touchpoint/runtime/TouchpointRuntime",
      "dev/touchpoint/Experience", "net/bytebuddy/ByteBuddy", "io/opentelemetry/api/GlobalOpenTelemetry",
      "shop/Checkout$$SpringCGLIB$$0",
      "shop/Checkout$$EnhancerBySpringCGLIB$$1a2b", "shop/Checkout$HibernateProxy$x", "shop/Checkout$ByteBuddy$abc",
      "shop/Checkout$$Lambda$14/0x0000000800c0b000", "shop/$Proxy7", "dev/touchpoint/declaration/DeclarationCodec",
      "org/snakeyaml/engine/v2/api/Load", "okhttp3/OkHttpClient", "okio/Buffer", "zipkin2/Span", "kotlin/Unit",
      "io/prometheus/metrics/model/registry/PrometheusRegistry", "com/google/protobuf/Message"})
  void infrastructureAndGeneratedClassesAreIgnored(String internalName) {
    assertThat(Ignores.ignores(internalName)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"org/springframework/boot/loader/launch/JarLauncher",
      "org/springframework/web/servlet/DispatcherServlet", "org/springframework/context/ApplicationContext",
      "org/apache/catalina/core/StandardContext", "io/netty/channel/Channel", "tools/jackson/databind/ObjectMapper"})
  void frameworksInternalsAreLeftAloneUnlessSomethingNamesThem(String internalName) {
    assertThat(Ignores.ignores(internalName)).isTrue();
    assertThat(Ignores.never(internalName)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"java/lang/String", "dev/touchpoint/runtime/TouchpointRuntime", "net/bytebuddy/ByteBuddy",
      "io/opentelemetry/api/GlobalOpenTelemetry", "shop/Checkout$$SpringCGLIB$$0", "shop/$Proxy7"})
  void theJdkTouchpointWhatItBundlesAndGeneratedCodeAreNeverInstrumented(String internalName) {
    assertThat(Ignores.never(internalName)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"org/springframework/samples/petclinic/owner/OwnerController",
      "org/springframework/samples/Visits", "org/springframeworkx/Shop", "shop/Checkout", "com/vendor/legacy/OrderService", "dev/touchpoint/examples/payments/Authorisations",
      "shop/Checkout$Inner", "shop/Shop$ProxySettings", "shop/$ProxyFactory", "shop/$Proxy"})
  void applicationClassesAreNot(String internalName) {
    assertThat(Ignores.ignores(internalName)).isFalse();
    assertThat(Ignores.never(internalName)).isFalse();
  }
}
