package dev.touchpoint.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.CxAttributes;
import dev.touchpoint.declaration.DeclarationCodec;
import dev.touchpoint.declaration.DeclaredPromise;
import dev.touchpoint.declaration.RecoveryDeclaration;
import dev.touchpoint.declaration.TouchpointDeclaration;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invokedynamic bootstrap the agent's advice links to: one descriptor per call site. */
class AgentLinkageTest {

  static final MethodType TOUCHPOINT = MethodType.methodType(TouchpointDescriptor.class);

  @Test
  void aDeclarationBecomesTheDescriptorGeneratedCodeWouldBuild() throws Throwable {
    String declared = DeclarationCodec.encode(new TouchpointDeclaration("checkout.place-order", "EXTERNAL",
        "shopper", "checkout", "checkout-team",
        List.of(new DeclaredPromise("fast", "300ms"), new DeclaredPromise("right-first-time", null)),
        "com.shop.Checkout", "placeOrder", "(Ljava/lang/String;)V"));

    CallSite site = AgentLinkage.touchpoint(MethodHandles.lookup(), "touchpoint", TOUCHPOINT, declared);
    TouchpointDescriptor linked = (TouchpointDescriptor) site.dynamicInvoker().invoke();

    TouchpointDescriptor generated = TouchpointDescriptor.builder("checkout.place-order", dev.touchpoint.CustomerKind.EXTERNAL)
        .customer("shopper").journey("checkout").owner("checkout-team")
        .promise(PromiseDescriptor.of("fast", "300ms")).promise(PromiseDescriptor.of("right-first-time"))
        .code("com.shop.Checkout", "placeOrder", "(Ljava/lang/String;)V").build();
    assertThat(linked.spanAttributes()).isEqualTo(generated.spanAttributes());
    assertThat(linked.promises().get(0).bound()).contains(Duration.ofMillis(300));
    Object receiver = new Object();
    assertThat(linked.isSameCallAs(receiver, generated, receiver)).isTrue();
    assertThat(site.dynamicInvoker().invoke()).isSameAs(linked);
  }

  @Test
  void aRecoveryDeclarationBecomesARecoveryDescriptor() throws Throwable {
    String declared = DeclarationCodec.encode(new RecoveryDeclaration("payments.retry", "com.shop.Payments", "retry", "(J)J"));

    CallSite site = AgentLinkage.recovery(MethodHandles.lookup(), "recovery",
        MethodType.methodType(RecoveryDescriptor.class), declared);

    RecoveryDescriptor linked = (RecoveryDescriptor) site.dynamicInvoker().invoke();
    assertThat(linked.spanAttributes().get(CxAttributes.RECOVERY)).isEqualTo("payments.retry");
  }

  @Test
  void anUnreadableDeclarationLinksToNullWhichRecordsNothing() throws Throwable {
    CallSite site = AgentLinkage.touchpoint(MethodHandles.lookup(), "touchpoint", TOUCHPOINT, "12:touchpoint/9");

    Object linked = site.dynamicInvoker().invoke();

    assertThat(linked).isNull();
    assertThat(TouchpointRuntime.begin(null).isRecorded()).isFalse();
  }
}
