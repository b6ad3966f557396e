package dev.touchpoint.slo.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A touchpoint as a service declares it, promises or not: what a report needs to say which
 * touchpoints exist, whom they serve and who owns them.
 *
 * @param promises the names of its promises, nearest first
 * @param bounds the bound of each promise as written ("300ms"), null where it has none
 * @param declaredIn where it was read, for messages
 */
public record DeclaredTouchpoint(String name, String customerKind, String customerSegment, String journey,
    String owner, List<String> promises, List<String> bounds, String declaredIn) {

  public DeclaredTouchpoint {
    promises = List.copyOf(promises);
    bounds = Collections.unmodifiableList(new ArrayList<>(bounds));
  }
}
