package dev.touchpoint.declaration;

import java.util.List;

/**
 * A touchpoint as declared, by annotation, experience map or agent configuration, before any
 * runtime object exists. Optional parts are null.
 *
 * @param serves the {@code CustomerKind} constant's name: EXTERNAL, INTERNAL or PARTNER
 * @param methodDescriptor the JVM method descriptor, such as {@code (Ljava/lang/String;)V}
 */
public record TouchpointDeclaration(
    String name,
    String serves,
    String customer,
    String journey,
    String owner,
    List<DeclaredPromise> promises,
    String className,
    String methodName,
    String methodDescriptor) implements Declaration {

  public TouchpointDeclaration {
    promises = List.copyOf(promises);
  }
}
