package dev.touchpoint.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;

/**
 * What a compilation produced (classes and resources such as the service registration), written to
 * a directory and loaded in a class loader whose parent is the test's, so generated code runs
 * against the same Touchpoint runtime and OpenTelemetry SDK the test observes.
 */
final class CompiledCode implements AutoCloseable {

  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private final URLClassLoader loader;

  private CompiledCode(URLClassLoader loader) {
    this.loader = loader;
  }

  static CompiledCode load(Compilation compilation, Path directory) {
    try {
      for (JavaFileObject file : compilation.generatedFiles()) {
        String uri = file.toUri().toString();
        int start = uri.indexOf(CLASS_OUTPUT);
        if (start < 0) {
          continue;
        }
        Path target = directory.resolve(uri.substring(start + CLASS_OUTPUT.length()));
        Files.createDirectories(target.getParent());
        try (InputStream content = file.openInputStream()) {
          Files.copy(content, target);
        }
      }
      return new CompiledCode(new URLClassLoader(new URL[] {directory.toUri().toURL()},
          CompiledCode.class.getClassLoader()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Class<?> type(String name) {
    try {
      return loader.loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("the compilation produced no " + name, e);
    }
  }

  Object create(String name, Object... arguments) {
    for (var constructor : type(name).getConstructors()) {
      if (constructor.getParameterCount() == arguments.length) {
        try {
          return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no public constructor of " + name + " takes " + arguments.length + " arguments");
  }

  /** Calls the public method {@code name} and rethrows what it threw, unwrapped. */
  static Object call(Object target, String name, Object... arguments) throws Throwable {
    for (Method method : target.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
        try {
          return method.invoke(target, arguments);
        } catch (InvocationTargetException thrown) {
          throw thrown.getCause();
        } catch (IllegalArgumentException wrongOverload) {
          // try the next method of that name
        }
      }
    }
    throw new AssertionError("no method " + name + "/" + arguments.length + " on " + target.getClass());
  }

  ClassLoader loader() {
    return loader;
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}
