package dev.touchpoint.declaration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Merges the promises declared on a touchpoint's method, its enclosing types and its package into
 * the promises in force: the nearest declaration of a name wins. A declaration without a bound
 * takes the bound of the nearest declaration of that name further out, and one that also names no
 * tolerated exceptions takes theirs too: {@code @BrandPromise("fast")} on a method means the
 * class's "fast". The objective, like the bound, is the nearest one stated. The processor and the agent both use this, so a touchpoint means the same
 * whichever instruments it.
 */
public final class PromiseLevels {

  private PromiseLevels() {}

  /**
   * @param levels declarations per level, nearest first: the method, then each enclosing type from
   *     the innermost out, then the package
   */
  public static Merged merge(List<List<DeclaredPromise>> levels) {
    Map<String, DeclaredPromise> inForce = new LinkedHashMap<>();
    List<String> undefined = new ArrayList<>();
    for (int level = 0; level < levels.size(); level++) {
      for (DeclaredPromise declared : levels.get(level)) {
        if (inForce.containsKey(declared.name())) {
          continue;
        }
        String within = declared.hasBound()
            ? declared.within()
            : furtherOut(levels, level + 1, declared.name(), DeclaredPromise::within);
        List<String> tolerates = declared.isReference()
            ? toleratesFurtherOut(levels, level + 1, declared.name())
            : declared.tolerates();
        String objective = declared.hasObjective()
            ? declared.objective()
            : furtherOut(levels, level + 1, declared.name(), DeclaredPromise::objective);
        if (within == null && objective == null && level == 0 && !declaredFurtherOut(levels, declared.name())) {
          undefined.add(declared.name());
        }
        inForce.put(declared.name(), new DeclaredPromise(declared.name(), within, tolerates, objective));
      }
    }
    return new Merged(List.copyOf(inForce.values()), List.copyOf(undefined));
  }

  /** The nearest value of {@code name}'s declarations from level {@code from} out that states one. */
  private static String furtherOut(List<List<DeclaredPromise>> levels, int from, String name,
      Function<DeclaredPromise, String> value) {
    for (int level = from; level < levels.size(); level++) {
      for (DeclaredPromise declared : levels.get(level)) {
        if (declared.name().equals(name) && value.apply(declared) != null) {
          return value.apply(declared);
        }
      }
    }
    return null;
  }

  private static List<String> toleratesFurtherOut(List<List<DeclaredPromise>> levels, int from, String name) {
    for (int level = from; level < levels.size(); level++) {
      for (DeclaredPromise declared : levels.get(level)) {
        if (declared.name().equals(name) && !declared.isReference()) {
          return declared.tolerates();
        }
      }
    }
    return List.of();
  }

  private static boolean declaredFurtherOut(List<List<DeclaredPromise>> levels, String name) {
    for (int level = 1; level < levels.size(); level++) {
      for (DeclaredPromise declared : levels.get(level)) {
        if (declared.name().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The promises in force, nearest first, and the names declared without a bound on the method that
   * no enclosing type or package defines: most likely typos. They are still in force, without a
   * bound; the processor makes them an error, the agent logs them.
   */
  public record Merged(List<DeclaredPromise> inForce, List<String> undefinedOnMethod) {}
}
