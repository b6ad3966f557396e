package dev.touchpoint.declaration;

/** A {@code @Recovery} path as declared: its name and where it lives. */
public record RecoveryDeclaration(String name, String className, String methodName, String methodDescriptor)
    implements Declaration {}
