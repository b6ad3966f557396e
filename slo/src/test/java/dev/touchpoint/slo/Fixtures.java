package dev.touchpoint.slo;

import dev.touchpoint.slo.model.ServiceExperience;
import dev.touchpoint.slo.read.ExperienceSources;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A storefront's experience map and a payments service's touchpoints file, as a build leaves them. */
final class Fixtures {

  static final String MAP_ENTRY = "META-INF/touchpoint/experience-map.json";

  private Fixtures() {}

  static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A classes folder holding the storefront's experience map. */
  static Path storefrontClasses(Path work) throws IOException {
    Path map = work.resolve("storefront-classes").resolve(MAP_ENTRY);
    Files.createDirectories(map.getParent());
    Files.write(map, resource("storefront-map.json"));
    return work.resolve("storefront-classes");
  }

  static Path paymentsTouchpoints(Path work) throws IOException {
    return Files.write(work.resolve("touchpoints.yaml"), resource("payments-touchpoints.yaml"));
  }

  /** A jar with these entries. */
  static Path jar(Path file, Map<String, byte[]> entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  static ServiceExperience storefront(Path work) throws IOException {
    return new ExperienceSources(new BigDecimal("0.999")).read(storefrontClasses(work)).experience("storefront");
  }

  static ServiceExperience payments(Path work) throws IOException {
    return new ExperienceSources(new BigDecimal("0.999")).read(paymentsTouchpoints(work)).experience("payments");
  }
}
