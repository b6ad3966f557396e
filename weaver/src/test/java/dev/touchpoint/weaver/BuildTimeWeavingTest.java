package dev.touchpoint.weaver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.CxAttributes;
import dev.touchpoint.Experience;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.bytebuddy.ClassFileVersion;
import net.bytebuddy.build.BuildLogger;
import net.bytebuddy.build.EntryPoint;
import net.bytebuddy.build.Plugin;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.scaffold.inline.MethodNameTransformer;
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

  /** What the weaver told the build's log, as byte-buddy-maven-plugin would show it. */
  private final List<String> warnings = new java.util.ArrayList<>();

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
  void wovenClassesMakeTheSpansTheAgentMakesAndTheAgentLeavesThemAlone() throws Exception {
    Path compiled = compile();
    Path woven = weave(compiled);

    List<String> wovenAlone = WovenShop.spanLines(WovenShop.run(List.of(woven), false));
    String wovenUnderTheAgent = WovenShop.run(List.of(woven), true);
    List<String> plainUnderTheAgent = WovenShop.spanLines(WovenShop.run(List.of(compiled), true));

    assertThat(WovenShop.tree(wovenAlone)).isEqualTo(WovenShop.SPAN_TREE);
    assertThat(wovenAlone.get(0)).endsWith(" {code.function.name=shop.Checkout.quote, cx.customer.kind=external,"
        + " cx.customer.segment=shopper, cx.promise.kept=true, cx.touchpoint=checkout.quote}");
    assertThat(plainUnderTheAgent).as("the same classes, instrumented by the agent as they load").isEqualTo(wovenAlone);
    assertThat(WovenShop.spanLines(wovenUnderTheAgent)).as("woven classes under the agent: one span per call").isEqualTo(wovenAlone);
    assertThat(wovenUnderTheAgent).as("the agent's debug log").contains("[touchpoint-agent] Touchpoint agent")
        .doesNotContain("instruments shop.");
  }

  /** A build that leaves the plugin's entry point at its defaults weaves the same: only slower. */
  @Test
  void byteBuddysDefaultEntryPointWeavesTheSameSpans() throws Exception {
    Path compiled = compile();

    List<String> rebased = WovenShop.spanLines(WovenShop.run(List.of(weave(compiled, EntryPoint.Default.REBASE)), false));
    List<String> decorated = WovenShop.spanLines(WovenShop.run(List.of(weave(compiled)), false));

    assertThat(WovenShop.tree(rebased)).isEqualTo(WovenShop.SPAN_TREE);
    assertThat(rebased).isEqualTo(decorated);
  }

  @Test
  void theGeneratedSubclassOfAWovenClassMakesOneSpanPerCall() throws Exception {
    Path compiled = Files.createDirectories(work.resolve("with-processor"));
    Path source = Path.of(getClass().getClassLoader().getResource("woven-generated/quotes/Quotes.java").toURI());
    int javac = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17",
        "-d", compiled.toString(), "-classpath", System.getProperty("java.class.path"),
        "-processorpath", System.getProperty("java.class.path"), source.toString());
    assertThat(javac).as("javac with the processor").isZero();
    assertThat(compiled.resolve("quotes/QuotesTouchpoints.class")).as("the generated subclass").isRegularFile();

    Path woven = weave(compiled);

    try (URLClassLoader application = new URLClassLoader(new URL[] {woven.toUri().toURL()}, getClass().getClassLoader())) {
      Object generated = application.loadClass("quotes.QuotesTouchpoints").getConstructor().newInstance();
      Object plain = application.loadClass("quotes.Quotes").getConstructor().newInstance();
      Method quote = application.loadClass("quotes.Quotes").getMethod("quote", long.class);

      assertThat(quote.invoke(generated, 100L)).isEqualTo(120L);
      assertThat(quote.invoke(plain, 100L)).isEqualTo(120L);
    }
    assertThat(otel.getSpans()).extracting(SpanData::getName).containsExactly("quotes.quote", "quotes.quote");
    assertThat(otel.getSpans()).allSatisfy(span -> assertThat(span.getParentSpanContext().isValid()).isFalse());
  }

  @Test
  void aMethodTooLargeOnceWovenIsLeftAloneWithOneWarningAndTheRestOfItsClassIsWoven() throws Exception {
    Path compiled = compile();
    dev.touchpoint.agent.it.HugeClass.writeInto(compiled);

    Path woven = weave(compiled);

    assertThat(warnings).containsExactly("Touchpoint did not weave huge.Huge.big()V: its code would exceed the"
        + " JVM's limit of 65535 bytes with the touchpoint woven in (split it into smaller methods to instrument"
        + " it); it runs uninstrumented, and the rest of huge.Huge is woven");
    try (URLClassLoader application = new URLClassLoader(new URL[] {woven.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> huge = application.loadClass("huge.Huge");
      huge.getMethod("big").invoke(null);
      huge.getMethod("fits").invoke(null);
    }
    assertThat(otel.getSpans()).extracting(SpanData::getName).containsExactly("huge.fits");
  }

  @Test
  void aClassCompiledForJavaSixIsLeftAsItWasWithOneWarning() throws Exception {
    Path compiled = compile();
    Path old = JavaSixClass.writeInto(compiled);

    Path woven = weave(compiled);

    assertThat(warnings).containsExactly("Touchpoint did not weave legacy.Old: it is compiled for Java 6, older than"
        + " the Java 7 that woven code needs; it runs uninstrumented (compile it for Java 7 or later)");
    assertThat(Files.readAllBytes(woven.resolve("legacy/Old.class"))).isEqualTo(Files.readAllBytes(old));
    assertThat(Files.readAllBytes(woven.resolve("shop/Checkout.class")))
        .isNotEqualTo(Files.readAllBytes(compiled.resolve("shop/Checkout.class")));
  }

  private Path compile() throws Exception {
    return WovenShop.compile(work.resolve("classes-" + System.nanoTime()), List.of(), WovenShop.sources());
  }

  /** Weaves as docs/build.md configures the Maven plugin: entry point {@code DECORATE}, not validated. */
  private Path weave(Path classes) throws Exception {
    return weave(classes, new EntryPoint.Unvalidated(EntryPoint.Default.DECORATE));
  }

  private Path weave(Path classes, EntryPoint entryPoint) throws Exception {
    Path target = Files.createDirectories(work.resolve("woven-" + System.nanoTime()));
    Plugin.Engine.Summary summary = Plugin.Engine.Default.of(entryPoint, ClassFileVersion.ofThisVm(),
            MethodNameTransformer.Suffixing.withRandomSuffix())
        .with(ClassFileLocator.ForClassLoader.of(getClass().getClassLoader()))
        .apply(classes.toFile(), target.toFile(), new Plugin.Factory.UsingReflection(TouchpointWeaving.class)
            .with(Plugin.Factory.UsingReflection.ArgumentResolver.ForType.of(BuildLogger.class, new BuildLogger.Adapter() {
              @Override
              public void warn(String message) {
                warnings.add(message);
              }
            })));
    assertThat(summary.getFailed()).as("classes the weaver failed on").isEmpty();
    return target;
  }
}
