package dev.touchpoint.agent.matching;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.Type;

/**
 * Whether a method's return type is a {@code CompletionStage}, so that its call ends when the stage
 * completes. Decided from class files: the JDK's own stage types by name, any other type by walking
 * its supertypes' class files. Nothing is loaded.
 */
final class StageTypes {

  private static final String STAGE = "java/util/concurrent/CompletionStage";
  private static final String FUTURE = "java/util/concurrent/CompletableFuture";
  /** Supertype chains are short; a malformed one must not keep the agent busy. */
  private static final int MAX_TYPES = 64;

  private StageTypes() {}

  static boolean returnsStage(ClassLoader loader, String methodDescriptor) {
    Type returned = Type.getReturnType(methodDescriptor);
    if (returned.getSort() != Type.OBJECT) {
      return false;
    }
    String name = returned.getInternalName();
    if (name.equals(STAGE) || name.equals(FUTURE)) {
      return true;
    }
    if (name.startsWith("java/")) {
      // In the JDK only CompletableFuture (and classes nested in it) implements CompletionStage.
      return name.startsWith(FUTURE + "$");
    }
    return implementsStage(loader, name);
  }

  private static boolean implementsStage(ClassLoader loader, String start) {
    Deque<String> pending = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    pending.add(start);
    while (!pending.isEmpty() && seen.size() < MAX_TYPES) {
      String name = pending.poll();
      if (!seen.add(name)) {
        continue;
      }
      if (name.equals(STAGE) || name.equals(FUTURE)) {
        return true;
      }
      if (name.equals("java/lang/Object")) {
        continue;
      }
      byte[] classFile = ClassFiles.read(loader, name);
      if (classFile == null) {
        continue;
      }
      ClassReader reader = new ClassReader(classFile);
      if (reader.getSuperName() != null) {
        pending.add(reader.getSuperName());
      }
      pending.addAll(List.of(reader.getInterfaces()));
    }
    return false;
  }
}
