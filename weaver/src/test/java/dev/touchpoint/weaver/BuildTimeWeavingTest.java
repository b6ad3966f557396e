package dev.touchpoint.weaver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.CxAttributes;
import dev.touchpoint.Experience;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import net.bytebuddy.build.Plugin;
import net.bytebuddy.dynamic.ClassFileLocator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weaver as a build runs it: javac compiles the application, Byte Buddy's build engine (what
 * byte-buddy-maven-plugin and byte-buddy-gradle-plugin drive) applies the plugin to the classes
 * folder, and the woven classes run with nothing else: no agent, no generated subclass.
 */
class BuildTimeWeavingTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  @TempDir Path work;

  @BeforeEach
  void recordIntoTestSdk() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
  }

  @Test
  void privateStaticFinalRecoveryAndControlMethodsAreWovenInPlace() throws Exception {
    Path woven = weave(compile());

    try (URLClassLoader application = new URLClassLoader(new URL[] {woven.toUri().toURL()}, getClass().getClassLoader())) {
      Object checkout = application.loadClass("shop.Checkout").getConstructor().newInstance();
      Method placeOrder = checkout.getClass().getMethod("placeOrder", String.class);

      assertThat(placeOrder.invoke(checkout, "o-1")).isEqualTo("quoted o-1 screened");
      assertThat(placeOrder.invoke(checkout, "retry-2")).isEqualTo("resubmitted retry-2");
    }

    Map<String, SpanData> spans = otel.getSpans().stream()
        .collect(Collectors.toMap(SpanData::getName, span -> span, (first, second) -> first));
    assertThat(otel.getSpans()).extracting(SpanData::getName).containsExactlyInAnyOrder(
        "checkout.quote", "fraud-check", "checkout.place-order", "checkout.resubmit", "checkout.place-order");
    SpanData quote = spans.get("checkout.quote");
    assertThat(quote.getParentSpanId()).isEqualTo(otel.getSpans().stream()
        .filter(span -> span.getName().equals("checkout.place-order")).findFirst().orElseThrow().getSpanId());
    assertThat(quote.getAttributes().get(CxAttributes.CUSTOMER_KIND)).isEqualTo("external");
    assertThat(spans.get("checkout.resubmit").getAttributes().get(CxAttributes.RECOVERY)).isEqualTo("checkout.resubmit");
  }

  @Test
  void aDefaultMethodOfAnInterfaceIsWovenToo() throws Exception {
    Path woven = weave(compile());

    try (URLClassLoader application = new URLClassLoader(new URL[] {woven.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> receipts = application.loadClass("shop.Receipts");
      Object anyReceipts = Proxy.newProxyInstance(application, new Class<?>[] {receipts},
          (proxy, method, arguments) -> java.lang.invoke.MethodHandles.privateLookupIn(receipts, java.lang.invoke.MethodHandles.lookup())
              .unreflectSpecial(method, receipts).bindTo(proxy).invokeWithArguments(arguments));

      assertThat(receipts.getMethod("print", String.class).invoke(anyReceipts, "o-3")).isEqualTo("receipt for o-3");
    }
    assertThat(otel.getSpans()).extracting(SpanData::getName).containsExactly("receipts.print");
  }

  @Test
  void weavingWhatIsWovenChangesNothingAndClassesWithoutTouchpointsAreLeftAlone() throws Exception {
    Path compiled = compile();
    Path once = weave(compiled);
    Path twice = weave(once);

    for (String name : List.of("shop/Checkout.class", "shop/Receipts.class", "shop/Untouched.class")) {
      assertThat(Files.readAllBytes(twice.resolve(name))).as(name).isEqualTo(Files.readAllBytes(once.resolve(name)));
    }
    assertThat(Files.readAllBytes(once.resolve("shop/Untouched.class")))
        .isEqualTo(Files.readAllBytes(compiled.resolve("shop/Untouched.class")));
    assertThat(Files.readAllBytes(once.resolve("shop/Checkout.class")))
        .isNotEqualTo(Files.readAllBytes(compiled.resolve("shop/Checkout.class")));
  }

  @Test
  void theAgentLeavesAWovenClassAloneSoEachCallIsOneSpan() throws Exception {
    Path agent = Path.of("..", "agent", "target", "touchpoint-agent.jar").toAbsolutePath().normalize();
    assertThat(agent).as("the agent jar, built by the agent module before this one").isRegularFile();
    Path woven = weave(compile());
    String classpath = woven + File.pathSeparator + System.getProperty("java.class.path");

    Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-javaagent:" + agent, "-Dtouchpoint.agent.debug=true", "-cp", classpath, "shop.Main").redirectErrorStream(true).start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(java.waitFor()).as(output).isZero();
    assertThat(output.lines().filter(line -> line.startsWith("SPAN ")).toList()).as(output).containsExactly(
        "SPAN checkout.quote", "SPAN fraud-check", "SPAN checkout.place-order",
        "SPAN checkout.resubmit", "SPAN checkout.place-order");
    assertThat(output).as("the agent's debug log").contains("[touchpoint-agent] Touchpoint agent")
        .doesNotContain("instruments shop.Checkout");
  }

  private Path compile() throws Exception {
    Path classes = Files.createDirectories(work.resolve("classes-" + System.nanoTime()));
    Path sources = Path.of(getClass().getClassLoader().getResource("woven/shop").toURI());
    List<String> files;
    try (Stream<Path> java = Files.list(sources)) {
      files = java.map(Path::toString).filter(name -> name.endsWith(".java")).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> arguments = new java.util.ArrayList<>(List.of("--release", "17", "-proc:none", "-d", classes.toString(),
        "-classpath", System.getProperty("java.class.path")));
    arguments.addAll(files);
    assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).as("javac").isZero();
    return classes;
  }

  private Path weave(Path classes) throws Exception {
    Path target = Files.createDirectories(work.resolve("woven-" + System.nanoTime()));
    Plugin.Engine.Summary summary = new Plugin.Engine.Default()
        .with(ClassFileLocator.ForClassLoader.of(getClass().getClassLoader()))
        .apply(classes.toFile(), target.toFile(), new Plugin.Factory.Simple(new TouchpointWeaving()));
    assertThat(summary.getFailed()).as("classes the weaver failed on").isEmpty();
    return target;
  }
}
