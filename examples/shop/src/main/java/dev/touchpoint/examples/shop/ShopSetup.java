package dev.touchpoint.examples.shop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the shop's parts are, and whether to send traces to Zipkin. Maven passes them as system
 * properties (see this module's pom.xml).
 */
record ShopSetup(Path storefrontJar, Path paymentsJar, Path loyaltyJar, Path agentJar, Path touchpointsFile,
    boolean withZipkin, Path zipkinJar, int zipkinPort, Path runDirectory) {

  static ShopSetup fromSystemProperties() {
    return new ShopSetup(
        existing("shop.storefront.jar"),
        existing("shop.payments.jar"),
        existing("shop.loyalty.jar"),
        existing("shop.agent.jar"),
        existing("shop.payments.touchpoints"),
        Boolean.getBoolean("shop.zipkin"),
        Path.of(System.getProperty("shop.zipkin.jar", "zipkin-server-exec.jar")),
        Integer.getInteger("zipkin.port", 9411),
        Path.of(System.getProperty("shop.run.dir", "shop-run")).toAbsolutePath().normalize());
  }

  /** Where {@code service} writes its spans, as OTLP JSON lines, during a run. */
  Path spansFile(String service) {
    return runDirectory.resolve(service + ".otlp.jsonl");
  }

  /** The experience maps of the shop's services: two jars and the payments touchpoints file. */
  List<Path> experienceMaps() {
    return List.of(storefrontJar, touchpointsFile, loyaltyJar);
  }

  private static Path existing(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException("-D" + property + " is not set; run the shop with: mvn -q -DskipTests -Prun-example package");
    }
    Path path = Path.of(value).toAbsolutePath().normalize();
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(path + " (" + property + ") does not exist; build it with: mvn -q -DskipTests package");
    }
    return path;
  }
}
