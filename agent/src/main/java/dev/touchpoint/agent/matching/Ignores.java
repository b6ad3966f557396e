package dev.touchpoint.agent.matching;

import java.util.List;

/**
 * Classes the agent leaves alone, decided from the name alone so the check costs next to nothing.
 * Two kinds:
 *
 * <ul>
 *   <li><b>Never instrumented</b>, whatever anyone asks: the JDK, Touchpoint itself and the
 *       libraries it bundles or shades (in the application's own copies too: instrumenting the
 *       OpenTelemetry API that the runtime calls would recurse), and generated code (lambdas, CGLIB,
 *       Byte Buddy, Hibernate and JDK proxies), whose copied annotations would make a second span.
 *   <li><b>Frameworks' internals</b>, by their precise packages: nobody annotates them, so they are
 *       not searched for annotations, but a class the touchpoints file or an experience map names is
 *       instrumented there like anywhere else. The packages are listed one by one, never by a
 *       prefix that also covers applications: {@code org.springframework.samples.petclinic} is
 *       application code.
 * </ul>
 */
public final class Ignores {

  /**
   * In internal form, as a ClassFileTransformer sees names. Names of packages the agent's jar
   * relocates are built with {@link #unrelocated}: the shade plugin rewrites string constants too,
   * and would turn them into the shaded names, leaving the application's own copies unignored.
   */
  private static final List<String> NEVER = List.of(
      "java/", "javax/", "jdk/", "sun/", "com/sun/", "org/ietf/", "org/omg/", "org/w3c/", "org/xml/",
      // Touchpoint: the agent (and all it shades), the runtime, the declarations, the processor.
      "dev/touchpoint/agent/", "dev/touchpoint/runtime/", unrelocated("dev", "touchpoint", "declaration"),
      "dev/touchpoint/processor/",
      // What the agent bundles or shades, in the application's own copies too.
      unrelocated("net", "bytebuddy"), unrelocated("org", "snakeyaml", "engine"), "io/opentelemetry/",
      "okhttp3/", "okio/", "zipkin2/", "io/prometheus/", "com/google/protobuf/", "kotlin/",
      "org/jetbrains/annotations/", "org/intellij/lang/annotations/");

  /** Packages of Spring's own projects, as their jars hold them; applications may live beside them. */
  private static final List<String> SPRING = List.of(
      "aop", "aot", "asm", "batch", "beans", "boot", "cache", "cglib", "cloud", "context", "core", "dao", "data",
      "ejb", "expression", "format", "graphql", "hateoas", "http", "instrument", "integration", "javapoet", "jca",
      "jdbc", "jms", "jmx", "jndi", "kafka", "amqp", "lang", "ldap", "mail", "messaging", "mock", "modulith",
      "objenesis", "orm", "oxm", "pulsar", "r2dbc", "remoting", "resilience", "retry", "scheduling", "scripting",
      "security", "session", "stereotype", "test", "transaction", "ui", "util", "validation", "vault", "web",
      "webflow", "ws");

  private static final List<String> FRAMEWORKS = frameworks();

  /** Generated classes, by a marker in the name; JDK proxies ({@code $Proxy12}) are matched apart. */
  private static final List<String> GENERATED_MARKERS = List.of(
      "$$Lambda", "$$EnhancerBy", "$$SpringCGLIB$$", "$$FastClassBy", "$$EnhancerByCGLIB",
      "$HibernateProxy$", "$ByteBuddy$", "ByteBuddy$");

  private static final String JDK_PROXY = "$Proxy";

  private Ignores() {}

  private static List<String> frameworks() {
    List<String> packages = new java.util.ArrayList<>(List.of(
        "org/slf4j/", "ch/qos/logback/", "org/apache/logging/",
        "org/apache/catalina/", "org/apache/tomcat/", "org/apache/coyote/", "org/eclipse/jetty/", "io/undertow/",
        "io/netty/", "reactor/", "io/micrometer/", "io/micronaut/core/", "com/fasterxml/jackson/",
        "tools/jackson/", "org/hibernate/", "com/zaxxer/hikari/", "com/google/common/", "scala/", "org/junit/",
        "org/apache/maven/", "org/gradle/"));
    for (String project : SPRING) {
      packages.add("org/springframework/" + project + "/");
    }
    return List.copyOf(packages);
  }

  /**
   * Whether the class named {@code internalName} ({@code com/shop/Checkout}) is left alone unless
   * something names it: never instrumented, or a framework's internals.
   */
  public static boolean ignores(String internalName) {
    return internalName == null || never(internalName) || frameworkInternal(internalName);
  }

  /** Whether the class is a framework's own: instrumented only where something names it. */
  public static boolean frameworkInternal(String internalName) {
    return startsWithAny(internalName, FRAMEWORKS);
  }

  /** Whether the class is never instrumented, even where the touchpoints file names it. */
  public static boolean never(String internalName) {
    if (internalName == null || startsWithAny(internalName, NEVER)) {
      return true;
    }
    // dev.touchpoint's own API classes live directly in the package; applications live below it.
    if (internalName.startsWith("dev/touchpoint/") && internalName.indexOf('/', "dev/touchpoint/".length()) < 0) {
      return true;
    }
    for (String marker : GENERATED_MARKERS) {
      if (internalName.contains(marker)) {
        return true;
      }
    }
    return isJdkProxy(internalName);
  }

  private static boolean startsWithAny(String internalName, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (internalName.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** {@code $Proxy} and digits, as the JDK names them; {@code Shop$ProxySettings} is an application class. */
  private static boolean isJdkProxy(String internalName) {
    int simpleName = internalName.lastIndexOf('/') + 1;
    if (!internalName.startsWith(JDK_PROXY, simpleName) || internalName.length() == simpleName + JDK_PROXY.length()) {
      return false;
    }
    for (int i = simpleName + JDK_PROXY.length(); i < internalName.length(); i++) {
      if (!Character.isDigit(internalName.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code a/b/c/} from its segments, at run time, so that no relocation can rewrite it. */
  private static String unrelocated(String... segments) {
    return String.join("/", segments) + "/";
  }

  /** {@link #never}, for a binary name ({@code com.shop.Checkout}). */
  public static boolean neverBinaryName(String binaryName) {
    return binaryName == null || never(binaryName.replace('.', '/'));
  }
}
