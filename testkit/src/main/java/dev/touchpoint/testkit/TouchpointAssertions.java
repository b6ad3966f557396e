package dev.touchpoint.testkit;

/** Where assertions on recorded touchpoints start: {@code assertThat(experience)}. */
public final class TouchpointAssertions {

  private TouchpointAssertions() {}

  public static ExperienceAssert assertThat(TouchpointExtension experience) {
    return new ExperienceAssert(experience);
  }
}
