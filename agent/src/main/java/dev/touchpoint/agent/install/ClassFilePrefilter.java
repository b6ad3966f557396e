package dev.touchpoint.agent.install;

import dev.touchpoint.agent.matching.Ignores;
import dev.touchpoint.agent.matching.TypePlanner;
import java.lang.instrument.IllegalClassFormatException;
import java.nio.charset.StandardCharsets;
import java.security.ProtectionDomain;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;

/**
 * Sits in front of Byte Buddy and lets through only classes that can have something to
 * instrument, judged from the name and the raw class file bytes: a class an experience map or the
 * touchpoints file names, or one whose constant pool mentions {@code @Touchpoint} or
 * {@code @Recovery}. Every other class, nearly all of them, is passed over without being parsed,
 * and the few that pass are parsed once, by Byte Buddy.
 */
final class ClassFilePrefilter extends ResettableClassFileTransformer.WithDelegation {

  private static final byte[] TOUCHPOINT = "Ldev/touchpoint/Touchpoint;".getBytes(StandardCharsets.UTF_8);
  private static final byte[] RECOVERY = "Ldev/touchpoint/Recovery;".getBytes(StandardCharsets.UTF_8);

  private final TypePlanner planner;
  private final ClassLoader platform = ClassLoader.getPlatformClassLoader();

  ClassFilePrefilter(ResettableClassFileTransformer byteBuddy, TypePlanner planner) {
    super(byteBuddy);
    this.planner = planner;
  }

  static AgentBuilder.TransformerDecorator decorator(TypePlanner planner) {
    return transformer -> new ClassFilePrefilter(transformer, planner);
  }

  @Override
  public byte[] transform(ClassLoader loader, String internalName, Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain, byte[] classFile) throws IllegalClassFormatException {
    if (!isCandidate(loader, internalName, classFile)) {
      return null;
    }
    return classFileTransformer.transform(loader, internalName, classBeingRedefined, protectionDomain, classFile);
  }

  @Override
  public byte[] transform(Module module, ClassLoader loader, String internalName, Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain, byte[] classFile) throws IllegalClassFormatException {
    if (!isCandidate(loader, internalName, classFile)) {
      return null;
    }
    return classFileTransformer.transform(module, loader, internalName, classBeingRedefined, protectionDomain, classFile);
  }

  private boolean isCandidate(ClassLoader loader, String internalName, byte[] classFile) {
    try {
      if (loader == null || loader == platform || Ignores.ignores(internalName)) {
        return false;
      }
      if (planner.isCandidateName(loader, internalName.replace('/', '.'))) {
        return true;
      }
      return planner.view(loader).seesAnnotations()
          && (contains(classFile, TOUCHPOINT) || contains(classFile, RECOVERY));
    } catch (Throwable unexpected) {
      return false; // never in the way of class loading
    }
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
