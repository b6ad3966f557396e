package dev.touchpoint.agent.matching;

import java.util.List;

/**
 * Classes the agent never looks at, decided from the name alone so the check costs next to
 * nothing: the JDK, the agent and the libraries it shades, the runtime itself, frameworks'
 * internals, and generated code (lambdas and CGLIB, Byte Buddy, Hibernate and JDK proxies), whose
 * copied annotations would otherwise make a second span.
 */
public final class Ignores {

  /** In internal form, as a ClassFileTransformer sees names. */
  private static final List<String> PREFIXES = List.of(
      "java/", "javax/", "jdk/", "sun/", "com/sun/", "org/ietf/", "org/omg/", "org/w3c/", "org/xml/",
      "dev/touchpoint/agent/", "dev/touchpoint/runtime/", "dev/touchpoint/declaration/",
      "dev/touchpoint/processor/",
      "net/bytebuddy/", "io/opentelemetry/", "org/slf4j/", "ch/qos/logback/", "org/apache/logging/",
      "org/springframework/", "org/apache/catalina/", "org/apache/tomcat/", "org/eclipse/jetty/",
      "io/netty/", "io/micronaut/core/", "com/fasterxml/jackson/", "tools/jackson/", "org/hibernate/",
      "com/google/common/", "kotlin/", "scala/", "org/junit/", "org/apache/maven/", "org/gradle/");

  private static final List<String> GENERATED_MARKERS = List.of(
      "$$Lambda", "$$EnhancerBy", "$$SpringCGLIB$$", "$$FastClassBy", "$$EnhancerByCGLIB",
      "$HibernateProxy$", "$ByteBuddy$", "ByteBuddy$", "$Proxy");

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
    return false;
  }

  /** The same, for a binary name ({@code com.shop.Checkout}). */
  public static boolean ignoresBinaryName(String binaryName) {
    return binaryName == null || ignores(binaryName.replace('.', '/'));
  }
}
