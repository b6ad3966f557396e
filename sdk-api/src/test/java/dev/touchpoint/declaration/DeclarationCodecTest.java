package dev.touchpoint.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeclarationCodecTest {

  @Test
  void aTouchpointSurvivesTheRoundTripWhateverItsText() {
    TouchpointDeclaration declared = new TouchpointDeclaration(
        "checkout \"express\": 12:3", "EXTERNAL", "café ☕", null, "a:b-:c",
        List.of(new DeclaredPromise("fast", "300ms"), new DeclaredPromise("right-first-time", null)),
        "com.shop.Checkout$Inner", "placeOrder", "(Ljava/lang/String;)V");

    assertThat(DeclarationCodec.decodeTouchpoint(DeclarationCodec.encode(declared))).isEqualTo(declared);
  }

  @Test
  void aRecoverySurvivesTheRoundTrip() {
    RecoveryDeclaration declared = new RecoveryDeclaration("payment.retry", "com.shop.Payments", "retry", "(J)J");

    assertThat(DeclarationCodec.decodeRecovery(DeclarationCodec.encode(declared))).isEqualTo(declared);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12:touchpoint/1", "recovery/1", "12:touchpoint/19:x", "13:touchpoint/99"})
  void anythingElseIsRefusedWithAReason(String encoded) {
    assertThatThrownBy(() -> DeclarationCodec.decodeTouchpoint(encoded))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNewerFormatIsRefusedNotMisread() {
    assertThatThrownBy(() -> DeclarationCodec.decodeTouchpoint("12:touchpoint/9"))
        .hasMessageContaining("different versions");
  }

  @Test
  void declarationsWrittenOneAfterAnotherAreReadBackInOrder() {
    List<Declaration> declared = List.of(
        new TouchpointDeclaration("checkout.place-order", "EXTERNAL", "shopper", "checkout", null,
            List.of(new DeclaredPromise("fast", "300ms", List.of("com.shop.OutOfStock"))),
            "com.shop.Checkout", "placeOrder", "(Lcom/shop/Cart;)V"),
        new RecoveryDeclaration("payments.retry", "com.shop.Payments", "retry", "(J)J"),
        new ControlDeclaration("fraud-check\nline two", "com.shop.Fraud", "screen", "()V"));
    StringBuilder index = new StringBuilder();
    declared.forEach(declaration -> index.append(DeclarationCodec.encode(declaration)));

    assertThat(DeclarationCodec.decodeAll(index.toString())).isEqualTo(declared);
    assertThat(DeclarationCodec.decodeAll("")).isEmpty();
  }

  @Test
  void anIndexWithAnUnknownKindIsRefusedNotMisread() {
    assertThatThrownBy(() -> DeclarationCodec.decodeAll("9:journey/1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different versions");
    assertThatThrownBy(() -> DeclarationCodec.decodeAll("12:touchpoint/14:cut"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
