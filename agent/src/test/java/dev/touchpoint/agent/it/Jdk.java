package dev.touchpoint.agent.it;

/** Which JDK runs a forked application: the one running the tests (17), or the newest on the machine. */
enum Jdk {
  JDK_17,
  NEWEST;

  ChildJvm java() throws java.io.IOException {
    return this == NEWEST ? ChildJvm.java(Agents.newestJdk()) : ChildJvm.java();
  }
}
