package dev.touchpoint.agent.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ClassModelTest {

  static class Member {}

  @Test
  void aMemberClassIsNamedByItsSimpleName() throws IOException {
    assertThat(ClassModel.read(classFile(Member.class)).nameInDefaults()).isEqualTo("Member");
  }

  @Test
  void anAnonymousClassIsNamedByItsBinaryNameWithoutThePackageNeverByNothing() throws IOException {
    Object anonymous = new Object() {};

    ClassModel model = ClassModel.read(classFile(anonymous.getClass()));

    assertThat(model.simpleName()).isEmpty();
    assertThat(model.nameInDefaults()).isEqualTo("ClassModelTest$1");
  }

  private static byte[] classFile(Class<?> type) throws IOException {
    try (InputStream in = type.getResourceAsStream(type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class")) {
      return in.readAllBytes();
    }
  }
}
