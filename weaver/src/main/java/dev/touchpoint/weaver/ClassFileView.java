package dev.touchpoint.weaver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Collections;
import java.util.Enumeration;
import net.bytebuddy.dynamic.ClassFileLocator;

/**
 * The build's classes, as the agent's planner reads them from a class loader: class files only,
 * from Byte Buddy's locator over the classes being built and their class path. It never defines a
 * class; the planner reads bytes. Experience maps are not resources here, so classes are planned
 * from the annotations in their class files, which is what the maps were made from.
 */
final class ClassFileView extends ClassLoader {

  private final ClassFileLocator classFiles;

  ClassFileView(ClassFileLocator classFiles) {
    super(null);
    this.classFiles = classFiles;
  }

  @Override
  public InputStream getResourceAsStream(String name) {
    byte[] bytes = classFile(name);
    return bytes == null ? null : new ByteArrayInputStream(bytes);
  }

  @Override
  public URL getResource(String name) {
    byte[] bytes = classFile(name);
    if (bytes == null) {
      return null;
    }
    try {
      return new URL("touchpoint-class-file", null, -1, "/" + name, new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(URL url) {
          return new URLConnection(url) {
            @Override
            public void connect() {}

            @Override
            public InputStream getInputStream() {
              return new ByteArrayInputStream(bytes);
            }
          };
        }
      });
    } catch (IOException impossible) {
      return null;
    }
  }

  @Override
  public Enumeration<URL> getResources(String name) {
    URL resource = getResource(name);
    return resource == null ? Collections.emptyEnumeration() : Collections.enumeration(java.util.List.of(resource));
  }

  private byte[] classFile(String name) {
    if (!name.endsWith(".class")) {
      return null;
    }
    try {
      ClassFileLocator.Resolution resolution = classFiles.locate(name.substring(0, name.length() - ".class".length())
          .replace('/', '.'));
      return resolution.isResolved() ? resolution.resolve() : null;
    } catch (IOException unreadable) {
      return null;
    }
  }
}
