package dev.touchpoint.agent.install;

import dev.touchpoint.agent.matching.Ignores;
import dev.touchpoint.agent.matching.TypePlanner;
import java.nio.charset.StandardCharsets;

/**
 * Decides, from the name and the raw class file bytes alone, whether a class can have something to
 * instrument: a class an experience map or the touchpoints file names, or one whose constant pool
 * mentions {@code @Touchpoint}, {@code @Recovery} or {@code @Control} (frameworks' internals are
 * not searched: only what names them counts there). Every other class, nearly
 * all of them, is passed over without being parsed, and without Byte Buddy ever being loaded; the
 * few that pass are parsed once.
 */
final class ClassFilePrefilter {

  private static final byte[] TOUCHPOINT = "Ldev/touchpoint/Touchpoint;".getBytes(StandardCharsets.UTF_8);
  private static final byte[] RECOVERY = "Ldev/touchpoint/Recovery;".getBytes(StandardCharsets.UTF_8);
  private static final byte[] CONTROL = "Ldev/touchpoint/Control;".getBytes(StandardCharsets.UTF_8);

  private final TypePlanner planner;
  private final ClassLoader platform = ClassLoader.getPlatformClassLoader();

  ClassFilePrefilter(TypePlanner planner) {
    this.planner = planner;
  }

  boolean isCandidate(ClassLoader loader, String internalName, byte[] classFile) {
    if (outOfReach(loader, internalName)) {
      return false;
    }
    if (planner.isCandidateName(loader, internalName.replace('/', '.'))) {
      return true;
    }
    // Frameworks' internals are instrumented where something names them, but never searched.
    return !Ignores.frameworkInternal(internalName) && planner.view(loader).seesAnnotations()
        && (contains(classFile, TOUCHPOINT) || contains(classFile, RECOVERY) || contains(classFile, CONTROL));
  }

  /** Whether the name alone leaves the class a chance, before its bytes are read. */
  boolean mayBeCandidate(ClassLoader loader, String internalName) {
    return !outOfReach(loader, internalName)
        && (!Ignores.frameworkInternal(internalName) || planner.isCandidateName(loader, internalName.replace('/', '.')));
  }

  /** The JDK's loaders, and what is never instrumented whatever names it. */
  private boolean outOfReach(ClassLoader loader, String internalName) {
    return loader == null || loader == platform || internalName == null || Ignores.never(internalName);
  }

  static boolean contains(byte[] classFile, byte[] wanted) {
    byte first = wanted[0];
    int last = classFile.length - wanted.length;
    outer:
    for (int i = 0; i <= last; i++) {
      if (classFile[i] != first) {
        continue;
      }
      for (int j = 1; j < wanted.length; j++) {
        if (classFile[i + j] != wanted[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
