package dev.touchpoint.agent.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.agent.config.TouchpointsFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeverInstrumentedTest {

  @Test
  void entriesForClassesTheAgentNeverTouchesAreSaidOnceAndDropped() {
    TouchpointsFile file = TouchpointsFile.parse("tp.yaml", """
        touchpoints:
          - class: java.util.ArrayList
            method: add
            serves: internal
          - class: java.util.concurrent.**
            method: submit
            serves: internal
          - class: dev.touchpoint.**
            method: run
            serves: internal
          - class: "**"
            method: run
            serves: internal
          - class: com.vendor.Orders
            method: submit
            serves: external
          - class: org.springframework.web.servlet.DispatcherServlet
            method: doDispatch
            serves: external
        """);
    List<String> problems = new ArrayList<>();

    List<String> kept = NeverInstrumented.touchpoints(file.entries(), problems::add).stream()
        .map(entry -> entry.classPattern().toString()).toList();

    assertThat(kept).containsExactly("dev.touchpoint.**", "**", "com.vendor.Orders",
        "org.springframework.web.servlet.DispatcherServlet");
    assertThat(problems).containsExactly(
        "tp.yaml:2: 'java.util.ArrayList' is never instrumented: the agent leaves the JDK, Touchpoint itself"
            + " and the libraries it bundles alone (entry skipped)",
        "tp.yaml:5: 'java.util.concurrent.**' is never instrumented: the agent leaves the JDK, Touchpoint itself"
            + " and the libraries it bundles alone (entry skipped)");
  }
}
