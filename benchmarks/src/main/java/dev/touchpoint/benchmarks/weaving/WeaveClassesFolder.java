package dev.touchpoint.benchmarks.weaving;

import dev.touchpoint.weaver.TouchpointWeaving;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.bytebuddy.build.BuildLogger;
import net.bytebuddy.build.Plugin;
import net.bytebuddy.dynamic.ClassFileLocator;

/**
 * What {@code byte-buddy-maven-plugin} does with the Touchpoint weaver after javac, as a program:
 * Byte Buddy's build engine applies {@link TouchpointWeaving} to every class of a folder. Arguments:
 * the compiled classes, and where the woven ones go (the same folder weaves in place, as the Maven
 * plugin does); a third, {@code nothing}, says the folder has nothing to weave (to time the
 * weaver's start alone). The annotations' own classes come from this program's class path.
 */
public final class WeaveClassesFolder {

  private WeaveClassesFolder() {}

  public static void main(String[] args) throws Exception {
    // A target that does not exist yet would be taken for a jar to write.
    Files.createDirectories(Path.of(args[1]));
    Plugin.Engine.Summary summary = new Plugin.Engine.Default()
        .with(ClassFileLocator.ForClassLoader.ofSystemLoader())
        .apply(new File(args[0]), new File(args[1]), List.of(new Plugin.Factory.UsingReflection(TouchpointWeaving.class)
            .with(Plugin.Factory.UsingReflection.ArgumentResolver.ForType.of(BuildLogger.class,
                BuildLogger.StreamWriting.toSystemError()))));
    boolean expectsNothing = args.length > 2 && args[2].equals("nothing");
    if (!summary.getFailed().isEmpty() || summary.getTransformed().isEmpty() != expectsNothing) {
      System.err.println("wove " + summary.getTransformed().size() + " classes, failed on " + summary.getFailed().keySet());
      System.exit(1);
    }
  }
}
