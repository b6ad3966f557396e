package dev.touchpoint.weaver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import net.bytebuddy.dynamic.ClassFileLocator;

/**
 * The build's classes, as the agent's planner reads them from a class loader: class files only
 * (a package's {@code package-info}, an enclosing class, a return type's supertypes), from Byte
 * Buddy's locator over the classes being built and their class path. It never defines a class; the
 * planner reads bytes.
 */
final class ClassFileView extends ClassLoader {

  private final ClassFileLocator classFiles;

  ClassFileView(ClassFileLocator classFiles) {
    super(null);
    this.classFiles = classFiles;
  }

  @Override
  public InputStream getResourceAsStream(String name) {
    if (!name.endsWith(".class")) {
      return null;
    }
    try {
      ClassFileLocator.Resolution resolution = classFiles.locate(name.substring(0, name.length() - ".class".length())
          .replace('/', '.'));
      return resolution.isResolved() ? new ByteArrayInputStream(resolution.resolve()) : null;
    } catch (IOException unreadable) {
      return null;
    }
  }
}
