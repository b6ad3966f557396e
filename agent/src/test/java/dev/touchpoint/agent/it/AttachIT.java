package dev.touchpoint.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.tools.attach.VirtualMachine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attached to a JVM that is already running: classes loaded before it are retransformed. */
class AttachIT {

  @TempDir Path work;

  @Test
  void attachedAtRunTimeItInstrumentsClassesAlreadyLoaded() throws Exception {
    List<Path> libraries = new ArrayList<>(TestClasspath.artifacts("touchpoint-sdk-api"));
    libraries.addAll(TestClasspath.openTelemetrySdk());
    List<Path> classpath = new ArrayList<>(libraries);
    classpath.add(0, FixtureApps.compile("attach", libraries, false, work, "support", "attach"));

    Process child = ChildJvm.java().classpath(classpath).main("attach.AttachApp").start();
    try {
      CompletableFuture<String> errors = ChildJvm.read(child.getErrorStream());
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder printed = new StringBuilder();
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("READY ")) {
        printed.append(line).append('\n');
      }
      assertThat(line).as("the application started: %s", printed).isNotNull();

      VirtualMachine vm = VirtualMachine.attach(line.substring("READY ".length()));
      try {
        vm.loadAgent(Agents.touchpoint().toString());
      } finally {
        vm.detach();
      }
      try (OutputStream in = child.getOutputStream()) {
        in.write("go\n".getBytes(StandardCharsets.UTF_8));
      }
      while ((line = out.readLine()) != null) {
        printed.append(line).append('\n');
      }
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String stderr = errors.get(10, TimeUnit.SECONDS);

      assertThat(child.exitValue()).as(printed + stderr).isZero();
      assertThat(printed).contains("before order o-1", "after order o-2", "done");
      assertThat(PrintedSpan.parse(printed.toString())).as(stderr).extracting(PrintedSpan::name)
          .containsExactly("support.lookup");
      assertThat(stderr).contains("(attached at run time)");
    } finally {
      child.destroyForcibly();
    }
  }
}
