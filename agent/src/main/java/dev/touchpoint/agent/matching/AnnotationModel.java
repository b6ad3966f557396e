package dev.touchpoint.agent.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.Type;

/**
 * An annotation as its class file holds it: the annotation's type and the attributes written
 * there. Attributes left at their default are absent; every default of Touchpoint's annotations is
 * empty ({@code ""} or {@code {}}), so absent reads as empty.
 *
 * @param descriptor the annotation type's descriptor, such as {@code Ldev/touchpoint/Touchpoint;}
 * @param values each attribute's value: a String, an {@link EnumValue}, a {@link Type}, a nested
 *     AnnotationModel, or a List of those
 */
record AnnotationModel(String descriptor, Map<String, Object> values) {

  /** An enum constant: its type's descriptor and its name. */
  record EnumValue(String descriptor, String name) {}

  /** The text of a String attribute; null when absent or blank. */
  String text(String attribute) {
    Object value = values.get(attribute);
    return value instanceof String text && !text.isBlank() ? text : null;
  }

  /** The constant's name of an enum attribute; null when absent. */
  String enumName(String attribute) {
    return values.get(attribute) instanceof EnumValue value ? value.name() : null;
  }

  /** The binary names of a {@code Class[]} attribute. */
  List<String> classNames(String attribute) {
    List<String> names = new ArrayList<>();
    for (Object value : list(attribute)) {
      if (value instanceof Type type) {
        names.add(type.getClassName());
      }
    }
    return names;
  }

  /** The annotations of an annotation-array attribute, such as a repeatable annotation's container. */
  List<AnnotationModel> annotations(String attribute) {
    List<AnnotationModel> annotations = new ArrayList<>();
    for (Object value : list(attribute)) {
      if (value instanceof AnnotationModel annotation) {
        annotations.add(annotation);
      }
    }
    return annotations;
  }

  private List<?> list(String attribute) {
    Object value = values.get(attribute);
    return value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
  }
}
