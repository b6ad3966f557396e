package dev.touchpoint.benchmarks.weaving;

import dev.touchpoint.weaver.TouchpointWeaving;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.bytebuddy.ClassFileVersion;
import net.bytebuddy.build.BuildLogger;
import net.bytebuddy.build.EntryPoint;
import net.bytebuddy.build.Plugin;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.scaffold.inline.MethodNameTransformer;

/**
 * What {@code byte-buddy-maven-plugin}, configured as docs/build.md shows, does with the Touchpoint
 * weaver after javac: Byte Buddy's build engine, entry point {@code DECORATE} without validation, applies
 * {@link TouchpointWeaving} to every class of a folder. Arguments: the compiled classes, and where
 * the woven ones go (the same folder weaves in place, as the Maven plugin does). The annotations'
 * own classes come from the class loader that loaded this class, as the plugin finds them on the
 * project's class path.
 */
public final class WeaveClassesFolder {

  private WeaveClassesFolder() {}

  public static void main(String[] args) throws Exception {
    // A target that does not exist yet would be taken for a jar to write.
    Files.createDirectories(Path.of(args[1]));
    Plugin.Engine.Summary summary = Plugin.Engine.Default.of(new EntryPoint.Unvalidated(EntryPoint.Default.DECORATE), ClassFileVersion.ofThisVm(),
            MethodNameTransformer.Suffixing.withRandomSuffix())
        .with(ClassFileLocator.ForClassLoader.of(WeaveClassesFolder.class.getClassLoader()))
        .apply(new File(args[0]), new File(args[1]), List.of(new Plugin.Factory.UsingReflection(TouchpointWeaving.class)
            .with(Plugin.Factory.UsingReflection.ArgumentResolver.ForType.of(BuildLogger.class,
                BuildLogger.StreamWriting.toSystemError()))));
    if (!summary.getFailed().isEmpty() || summary.getTransformed().isEmpty()) {
      throw new IllegalStateException("wove " + summary.getTransformed().size() + " classes, failed on "
          + summary.getFailed().keySet());
    }
  }
}
