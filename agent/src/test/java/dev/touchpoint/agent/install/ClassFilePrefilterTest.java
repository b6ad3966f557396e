package dev.touchpoint.agent.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClassFilePrefilterTest {

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void findsTheAnnotationDescriptorAnywhereInTheClassFile() {
    byte[] wanted = bytes("Ldev/touchpoint/Touchpoint;");
    assertThat(ClassFilePrefilter.contains(bytes("....Ldev/touchpoint/Touchpoint;...."), wanted)).isTrue();
    assertThat(ClassFilePrefilter.contains(bytes("Ldev/touchpoint/Touchpoint;"), wanted)).isTrue();
    assertThat(ClassFilePrefilter.contains(bytes("..Ldev/touchpoint/Touchpoint"), wanted)).isFalse();
    assertThat(ClassFilePrefilter.contains(bytes("Ldev/touchpoint/TouchpointX;"), wanted)).isFalse();
    assertThat(ClassFilePrefilter.contains(new byte[0], wanted)).isFalse();
  }
}
