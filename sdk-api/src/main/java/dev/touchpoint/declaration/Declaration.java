package dev.touchpoint.declaration;

/** A declared touchpoint, recovery path or control: what it is called and which method it is. */
public sealed interface Declaration permits TouchpointDeclaration, RecoveryDeclaration, ControlDeclaration {

  String name();

  /** The binary name of the declaring class, such as {@code com.shop.Outer$Inner}; may be null in code-defined touchpoints. */
  String className();

  String methodName();

  /** The JVM method descriptor, such as {@code (Ljava/lang/String;)V}; may be null. */
  String methodDescriptor();
}
