package dev.touchpoint.benchmarks.compile;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.ToolProvider;

/**
 * One build's JVM, as Maven runs a module: javac in process through {@code javax.tools} (as
 * maven-compiler-plugin and Gradle's compile task run it), then, when asked, the build-time weaver
 * over the classes javac wrote, in the same JVM and a class loader of its own (as
 * byte-buddy-maven-plugin runs in Maven's JVM, in its plugin's realm). Arguments: optionally
 * {@code --weave <class path>} (the weaver, the annotations, and {@code WeaveClassesFolder}'s own
 * code), then javac's. Prints how long the weaving took, in milliseconds, on a line of its own.
 */
public final class BuildJvm {

  /** The line that reports the weaving's wall time. */
  static final String WEAVING = "weaving-millis ";

  private BuildJvm() {}

  public static void main(String[] args) throws Exception {
    List<String> javac = new ArrayList<>(Arrays.asList(args));
    String weaverPath = null;
    if (javac.size() > 1 && javac.get(0).equals("--weave")) {
      weaverPath = javac.get(1);
      javac = javac.subList(2, javac.size());
    }
    int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(String[]::new));
    if (exit != 0) {
      System.exit(exit);
    }
    if (weaverPath != null) {
      long start = System.nanoTime();
      String classes = javac.get(javac.indexOf("-d") + 1);
      weave(weaverPath, classes);
      System.out.println(WEAVING + (System.nanoTime() - start) / 1e6);
    }
  }

  private static void weave(String weaverPath, String classes) throws Exception {
    try (URLClassLoader realm = new URLClassLoader(urls(weaverPath), ClassLoader.getPlatformClassLoader())) {
      realm.loadClass("dev.touchpoint.benchmarks.weaving.WeaveClassesFolder").getMethod("main", String[].class)
          .invoke(null, (Object) new String[] {classes, classes});
    } catch (InvocationTargetException failed) {
      throw (Exception) failed.getCause();
    }
  }

  private static URL[] urls(String classPath) throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    return urls.toArray(URL[]::new);
  }
}
