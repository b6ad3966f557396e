package dev.touchpoint.declaration;

/** A {@code @Control} as declared: its name and where it lives. */
public record ControlDeclaration(String name, String className, String methodName, String methodDescriptor)
    implements Declaration {}
