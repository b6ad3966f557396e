package dev.touchpoint.slo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SloCommandTest {

  @TempDir Path work;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void writesTheThreeFilesForAServiceFromItsJarsFoldersAndFiles() throws Exception {
    Path classes = Fixtures.storefrontClasses(work);
    Path touchpoints = Fixtures.paymentsTouchpoints(work);
    Path folder = work.resolve("slo");

    int status = run("--service", "shop", "--objective", "99%", "--out", folder.toString(), classes.toString(),
        touchpoints.toString());

    assertThat(status).isZero();
    assertThat(printed(out)).isEqualTo("touchpoint-slo: 5 objectives for shop (3 touchpoints) written to ["
        + folder.resolve("openslo/shop.yaml") + ", " + folder.resolve("prometheus/shop.rules.yaml") + ", "
        + folder.resolve("grafana/shop.json") + "]\n");
    assertThat(printed(err)).isEqualTo("touchpoint-slo: touchpoints.yaml:13: the touchpoint's name depends on which"
        + " classes and methods match; give the entry a 'name' to generate its objectives\n");
    assertThat(folder.resolve("openslo/shop.yaml")).content().contains("target: 0.99\n", "target: 0.995\n");
  }

  @Test
  void aWrongCommandLineSaysWhatIsWrongAndHowToWriteIt() {
    assertThat(run("storefront.jar")).isEqualTo(2);
    assertThat(printed(err)).isEqualTo("""
        touchpoint-slo: --service is required: the service's name, its Prometheus job
        usage: touchpoint-slo --service NAME [--objective 99.9%] [--out FOLDER] JAR|CLASSES-FOLDER|TOUCHPOINTS.yaml...
        """);
    err.reset();
    assertThat(run("--service", "shop", "--objective", "0.999", "storefront.jar")).isEqualTo(2);
    assertThat(printed(err)).startsWith("touchpoint-slo: --objective 0.999 is not an objective: write a percentage above"
        + " 0 and below 100, such as \"99.5%\" or \"99.95%\" (100% leaves no error budget)\n");
    err.reset();
    assertThat(run("--service", "shop", "--verbose")).isEqualTo(2);
    assertThat(printed(err)).startsWith("touchpoint-slo: unknown option --verbose\n");
  }

  @Test
  void nothingToGenerateIsAnErrorNotAnEmptyDashboard() {
    assertThat(run("--service", "shop", "--out", work.resolve("slo").toString(), work.toString())).isEqualTo(1);
    assertThat(printed(err)).isEqualTo("touchpoint-slo: " + work + ": no experience map"
        + " (META-INF/touchpoint/experience-map.json); did the Touchpoint processor run in this build?\n"
        + "touchpoint-slo: no touchpoint with a promise in [" + work + "]; nothing written\n");
    assertThat(work.resolve("slo")).doesNotExist();
  }

  private int run(String... arguments) {
    return SloCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
        StandardCharsets.UTF_8), arguments);
  }

  private static String printed(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
