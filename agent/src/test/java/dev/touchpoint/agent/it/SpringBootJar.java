package dev.touchpoint.agent.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * Assembles a Spring Boot executable jar the way Spring Boot's repackager lays it out: the real
 * Spring Boot loader at the root, the application's classes under BOOT-INF/classes and its
 * libraries, stored uncompressed, under BOOT-INF/lib. Started with {@code java -jar}, the
 * application runs in Spring Boot's nested-jar class loader.
 */
final class SpringBootJar {

  private SpringBootJar() {}

  static Path build(Path target, String startClass, Path classes, List<Path> libraries) throws IOException {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.put(Attributes.Name.MAIN_CLASS, "org.springframework.boot.loader.launch.JarLauncher");
    main.putValue("Start-Class", startClass);
    main.putValue("Spring-Boot-Classes", "BOOT-INF/classes/");
    main.putValue("Spring-Boot-Lib", "BOOT-INF/lib/");
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(target), manifest)) {
      copyLoader(jar);
      directory(jar, "BOOT-INF/");
      directory(jar, "BOOT-INF/classes/");
      try (Stream<Path> files = Files.walk(classes)) {
        for (Path file : files.sorted().toList()) {
          String name = "BOOT-INF/classes/" + classes.relativize(file).toString().replace('\\', '/');
          if (Files.isDirectory(file)) {
            if (!file.equals(classes)) {
              directory(jar, name + "/");
            }
            continue;
          }
          jar.putNextEntry(new JarEntry(name));
          Files.copy(file, jar);
          jar.closeEntry();
        }
      }
      directory(jar, "BOOT-INF/lib/");
      for (Path library : libraries) {
        stored(jar, "BOOT-INF/lib/" + library.getFileName(), Files.readAllBytes(asJar(library)));
      }
    }
    return target;
  }

  private static void copyLoader(JarOutputStream jar) throws IOException {
    try (JarFile loader = new JarFile(Agents.springBootLoader().toFile())) {
      for (JarEntry entry : loader.stream().toList()) {
        if (entry.getName().startsWith("org/")) {
          jar.putNextEntry(new JarEntry(entry.getName()));
          if (!entry.isDirectory()) {
            try (InputStream in = loader.getInputStream(entry)) {
              in.transferTo(jar);
            }
          }
          jar.closeEntry();
        }
      }
    }
  }

  private static void directory(JarOutputStream jar, String name) throws IOException {
    jar.putNextEntry(new JarEntry(name));
    jar.closeEntry();
  }

  /** Nested jars must be stored, not deflated, for Spring Boot's loader to open them in place. */
  private static void stored(JarOutputStream jar, String name, byte[] content) throws IOException {
    JarEntry entry = new JarEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(content.length);
    entry.setCompressedSize(content.length);
    CRC32 crc = new CRC32();
    crc.update(content);
    entry.setCrc(crc.getValue());
    jar.putNextEntry(entry);
    jar.write(content);
    jar.closeEntry();
  }

  /** A reactor module may be a classes directory rather than a jar: jar it. */
  private static Path asJar(Path library) throws IOException {
    if (!Files.isDirectory(library)) {
      return library;
    }
    Path jarred = Files.createTempFile("library-", ".jar");
    try (OutputStream out = Files.newOutputStream(jarred); JarOutputStream jar = new JarOutputStream(out);
        Stream<Path> files = Files.walk(library)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        jar.putNextEntry(new JarEntry(library.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, jar);
        jar.closeEntry();
      }
    }
    return jarred;
  }

  static byte[] bytes(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }
}
