package dev.touchpoint.agent.matching;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads class files as a class loader would find them, without loading anything: a package's
 * {@code package-info}, an enclosing class, a return type's supertypes.
 */
final class ClassFiles {

  private ClassFiles() {}

  /** The class file of {@code internalName} as {@code loader} sees it, or null when there is none. */
  static byte[] read(ClassLoader loader, String internalName) {
    String resource = internalName + ".class";
    try (InputStream in = loader != null ? loader.getResourceAsStream(resource) : ClassLoader.getSystemResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }

  /** The model of {@code internalName}'s class file, or null when there is none or it cannot be read. */
  static ClassModel model(ClassLoader loader, String internalName) {
    byte[] classFile = read(loader, internalName);
    if (classFile == null) {
      return null;
    }
    try {
      return ClassModel.read(classFile);
    } catch (RuntimeException malformed) {
      return null;
    }
  }
}
