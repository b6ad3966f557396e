package dev.touchpoint.agent.matching;

import java.util.List;

/**
 * Classes the agent never looks at, decided from the name alone so the check costs next to
 * nothing: the JDK, the agent and the libraries it shades or bundles, the runtime itself,
 * frameworks' internals, and generated code (lambdas and CGLIB, Byte Buddy, Hibernate and JDK proxies), whose
 * copied annotations would otherwise make a second span.
 */
public final class Ignores {

  /**
   * In internal form, as a ClassFileTransformer sees names. Names of packages the agent's jar
   * relocates are built with {@link #unrelocated}: the shade plugin rewrites string constants too,
   * and would turn them into the shaded names, leaving the application's own copies unignored.
   */
  private static final List<String> PREFIXES = List.of(
      "java/", "javax/", "jdk/", "sun/", "com/sun/", "org/ietf/", "org/omg/", "org/w3c/", "org/xml/",
      // Touchpoint: the agent (and all it shades), the runtime, the declarations, the processor.
      "dev/touchpoint/agent/", "dev/touchpoint/runtime/", unrelocated("dev", "touchpoint", "declaration"),
      "dev/touchpoint/processor/",
      // What the agent bundles or shades, in the application's own copies too.
      unrelocated("net", "bytebuddy"), unrelocated("org", "snakeyaml", "engine"), "io/opentelemetry/",
      "okhttp3/", "okio/", "zipkin2/", "kotlin/", "org/jetbrains/annotations/", "org/intellij/lang/annotations/",
      // Logging and frameworks' internals.
      "org/slf4j/", "ch/qos/logback/", "org/apache/logging/",
      "org/springframework/", "org/apache/catalina/", "org/apache/tomcat/", "org/eclipse/jetty/",
      "io/netty/", "io/micronaut/core/", "com/fasterxml/jackson/", "tools/jackson/", "org/hibernate/",
      "com/google/common/", "scala/", "org/junit/", "org/apache/maven/", "org/gradle/");

  /** Generated classes, by a marker in the name; JDK proxies ({@code $Proxy12}) are matched apart. */
  private static final List<String> GENERATED_MARKERS = List.of(
      "$$Lambda", "$$EnhancerBy", "$$SpringCGLIB$$", "$$FastClassBy", "$$EnhancerByCGLIB",
      "$HibernateProxy$", "$ByteBuddy$", "ByteBuddy$");

  private static final String JDK_PROXY = "$Proxy";

  private Ignores() {}

  /** Whether the class named {@code internalName} ({@code com/shop/Checkout}) is never instrumented. */
  public static boolean ignores(String internalName) {
    if (internalName == null) {
      return true;
    }
    for (String prefix : PREFIXES) {
      if (internalName.startsWith(prefix)) {
        return true;
      }
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

  /** The same, for a binary name ({@code com.shop.Checkout}). */
  public static boolean ignoresBinaryName(String binaryName) {
    return binaryName == null || ignores(binaryName.replace('.', '/'));
  }
}
