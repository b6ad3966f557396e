package dev.touchpoint.benchmarks.calls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads one class from the folder the build-time weaver wrote, ahead of the unwoven copy on the
 * class path; every other class comes from the class path as usual.
 */
final class WovenClassLoader extends ClassLoader {

  /** The mark the weaver leaves on every class it wove. */
  private static final String WOVEN_MARK = "Ldev/touchpoint/weaver/Woven;";

  private final String name;
  private final byte[] classFile;

  private WovenClassLoader(ClassLoader parent, String name, byte[] classFile) {
    super(parent);
    this.name = name;
    this.classFile = classFile;
  }

  /** A new instance of {@code type} as woven into {@code folder}; fails if the class there is not woven. */
  static Object newWoven(Class<?> type, Path folder) throws ReflectiveOperationException, IOException {
    byte[] classFile = Files.readAllBytes(folder.resolve(type.getName().replace('.', '/') + ".class"));
    if (!new String(classFile, StandardCharsets.ISO_8859_1).contains(WOVEN_MARK)) {
      throw new IllegalStateException(type.getName() + " in " + folder + " is not woven");
    }
    ClassLoader loader = new WovenClassLoader(type.getClassLoader(), type.getName(), classFile);
    return loader.loadClass(type.getName()).getConstructor().newInstance();
  }

  @Override
  protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
    if (!className.equals(name)) {
      return super.loadClass(className, resolve);
    }
    synchronized (getClassLoadingLock(className)) {
      Class<?> loaded = findLoadedClass(className);
      return loaded != null ? loaded : defineClass(className, classFile, 0, classFile.length);
    }
  }
}
