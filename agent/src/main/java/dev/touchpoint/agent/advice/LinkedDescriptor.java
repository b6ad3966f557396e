package dev.touchpoint.agent.advice;

import java.util.List;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.implementation.bytecode.member.MethodInvocation;
import net.bytebuddy.utility.JavaConstant;

/**
 * Binds the {@link Linked} advice parameter to an {@code invokedynamic} that returns the method's
 * descriptor: its bootstrap is the runtime's {@code AgentLinkage}, its one argument the encoded
 * declaration. The JVM links it once per call site; afterwards it is a constant load.
 */
final class LinkedDescriptor implements Advice.OffsetMapping.Factory<Linked> {

  private final MethodDescription.InDefinedShape bootstrap;
  private final String encodedDeclaration;

  LinkedDescriptor(MethodDescription.InDefinedShape bootstrap, String encodedDeclaration) {
    this.bootstrap = bootstrap;
    this.encodedDeclaration = encodedDeclaration;
  }

  @Override
  public Class<Linked> getAnnotationType() {
    return Linked.class;
  }

  @Override
  public Advice.OffsetMapping make(ParameterDescription.InDefinedShape target,
      AnnotationDescription.Loadable<Linked> annotation, AdviceType adviceType) {
    return new Advice.OffsetMapping.ForStackManipulation(
        MethodInvocation.invoke(bootstrap).dynamic(bootstrap.getName(), target.getType().asErasure(),
            List.of(), List.of(JavaConstant.Simple.ofLoaded(encodedDeclaration))),
        target.getType(), target.getType(), Assigner.Typing.STATIC);
  }
}
