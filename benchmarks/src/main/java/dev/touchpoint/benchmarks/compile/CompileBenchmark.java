package dev.touchpoint.benchmarks.compile;

import dev.touchpoint.benchmarks.report.Stats;
import dev.touchpoint.benchmarks.weaving.BuildTimeWeaving;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * javac over a source set with 1,000 {@code @Touchpoint} methods: without annotation processing,
 * with the least a code-generating processor costs ({@link EmptyTwinProcessor}), with the sources
 * the Touchpoint processor generates handed to javac as ordinary sources (what compiling them
 * costs, with no processing at all), with the Touchpoint processor, and as a build that weaves
 * compiles (the processor in weave mode, then the build-time weaver over the classes). Each run is
 * a fresh JVM, a {@link BuildJvm} that runs javac in process as build tools do and then, for a build
 * that weaves, the weaver in the same JVM, as Maven does. Each round runs every way once, every
 * other round in reverse order, and each way's cost is the median over rounds of its ratio to the
 * same round's javac without processing: this machine drifts by tens of percent over minutes, and a
 * round's runs share its moment.
 */
public final class CompileBenchmark {

  /**
   * Each way's median wall time over the rounds, for the table, and what each adds to javac's time
   * without processing: the median over rounds of the ratio within a round.
   */
  public record Result(String shape, int touchpointMethods, int sourceLines, int runs, double medianMillisWithout,
      double medianMillisFloor, double medianMillisGeneratedAlone, double medianMillisWith, double medianMillisWoven,
      double medianMillisWeaveMode, double medianMillisWeavingPass, double medianMillisDoNothing, Overheads added) {

    /** What running annotation processing at all adds: a processor that does nothing. */
    public double doNothingOverhead() {
      return added.doNothing();
    }

    /** What a build that weaves adds: the processor in weave mode plus the weaving pass. */
    public double wovenOverhead() {
      return added.woven();
    }

    /** What the processor in weave mode adds to javac alone: its checks and the experience map. */
    public double weaveModeOverhead() {
      return added.weaveMode();
    }

    /** What the weaving pass adds, as a share of javac's time: timed inside the build's JVM. */
    public double weavingPassOverhead() {
      return added.weavingPass();
    }

    /** What the Touchpoint processor adds to javac's time, as a fraction of it. */
    public double overhead() {
      return added.with();
    }

    /** What any processor generating a class per type adds: javac's rounds. */
    public double floorOverhead() {
      return added.floor();
    }

    /** What compiling the generated sources adds, processed by nothing. */
    public double generatedAloneOverhead() {
      return added.generatedAlone();
    }

    /**
     * The least that generating these sources can add: javac's rounds plus compiling what was
     * generated. What the processor adds beyond it is its own work.
     */
    public double unavoidableOverhead() {
      return floorOverhead() + generatedAloneOverhead();
    }

    /** What the processor's own checking and writing add beyond {@link #unavoidableOverhead()}. */
    public double ownWorkOverhead() {
      return overhead() - unavoidableOverhead();
    }
  }

  /** What each way adds to javac's time without processing, as fractions of it (the pass: its share). */
  public record Overheads(double floor, double generatedAlone, double with, double weaveMode, double woven,
      double weavingPass, double doNothing) {}

  /** One run of one way in a round. */
  @FunctionalInterface
  private interface Run {
    void run() throws IOException, InterruptedException;
  }

  private final Path java;
  private final String classPath;
  private final String processorPath;
  private final String floorProcessorPath;
  private final BuildTimeWeaving weaving;
  private final Path work;

  /**
   * @param processorPath the Touchpoint processor and what it needs
   * @param floorProcessorPath where {@link EmptyTwinProcessor} is
   * @param weaving the build-time weaver, run in the build's JVM after javac
   */
  public CompileBenchmark(Path java, String classPath, String processorPath, String floorProcessorPath,
      BuildTimeWeaving weaving, Path work) {
    this.java = java;
    this.classPath = classPath;
    this.processorPath = processorPath;
    this.floorProcessorPath = floorProcessorPath;
    this.weaving = weaving;
    this.work = work;
  }

  /** Touchpoints among ordinary code, as in a service. */
  public Result application(int classes, int methodsPerClass, int runs) throws IOException, InterruptedException {
    return measure(classes, methodsPerClass, runs, AnnotatedSources.Shape.APPLICATION,
        "touchpoints among ordinary code (each calls four helper methods)");
  }

  /** Nothing but trivial touchpoints: the generated code is as large as the code it instruments. */
  public Result touchpointsOnly(int classes, int methodsPerClass, int runs) throws IOException, InterruptedException {
    return measure(classes, methodsPerClass, runs, AnnotatedSources.Shape.TOUCHPOINTS_ONLY,
        "nothing but one-line touchpoints (the worst case)");
  }

  private Result measure(int classes, int methodsPerClass, int runs, AnnotatedSources.Shape shape, String description)
      throws IOException, InterruptedException {
    Path sources = work.resolve("src");
    deleteRecursively(work);
    List<Path> files = AnnotatedSources.write(sources, classes, methodsPerClass, shape);
    int lines = 0;
    for (Path file : files) {
      lines += Files.readAllLines(file).size();
    }
    Path argFile = work.resolve("sources.txt");
    Files.write(argFile, files.stream().map(Path::toString).toList());
    List<String> without = List.of("-proc:none");
    List<String> floor = List.of("-processorpath", floorProcessorPath, "-processor", EmptyTwinProcessor.class.getName());
    List<String> with = List.of("-processorpath", processorPath);
    List<String> weaveMode = List.of("-processorpath", processorPath, "-Atouchpoint.weave=true");
    List<String> doNothing = List.of("-processorpath", floorProcessorPath, "-processor", DoNothingProcessor.class.getName());
    javac(without, argFile); // unmeasured: the OS caches the JDK and the jars for all alike
    javac(floor, argFile);
    javacAndWeave(weaveMode, argFile);
    javac(with, argFile);
    List<Path> generated = keepGenerated(work.resolve("generated"), work.resolve("generated-kept"));
    Path withGeneratedArgFile = work.resolve("sources-and-generated.txt");
    Files.write(withGeneratedArgFile, Stream.concat(files.stream(), generated.stream()).map(Path::toString).toList());
    javac(without, withGeneratedArgFile);
    double[] millisWithout = new double[runs];
    double[] millisFloor = new double[runs];
    double[] millisGeneratedAlone = new double[runs];
    double[] millisWith = new double[runs];
    double[] millisWoven = new double[runs];
    double[] millisWeaveMode = new double[runs];
    double[] millisWeavingPass = new double[runs];
    double[] millisDoNothing = new double[runs];
    for (int i = 0; i < runs; i++) {
      int round = i;
      List<Run> ways = new ArrayList<>(List.of(
          () -> millisWithout[round] = javac(without, argFile),
          () -> millisFloor[round] = javac(floor, argFile),
          () -> millisGeneratedAlone[round] = javac(without, withGeneratedArgFile),
          () -> millisWith[round] = javac(with, argFile),
          () -> millisWeaveMode[round] = javac(weaveMode, argFile),
          () -> {
            TimedProcess.Run woven = javacAndWeave(weaveMode, argFile);
            millisWoven[round] = woven.millis();
            millisWeavingPass[round] = weavingMillis(woven.output());
          },
          () -> millisDoNothing[round] = javac(doNothing, argFile)));
      if (round % 2 == 1) {
        Collections.reverse(ways); // a machine drifting within the round then favours no way
      }
      for (Run way : ways) {
        way.run();
      }
    }
    Overheads added = new Overheads(added(millisFloor, millisWithout), added(millisGeneratedAlone, millisWithout),
        added(millisWith, millisWithout), added(millisWeaveMode, millisWithout), added(millisWoven, millisWithout),
        added(millisWeavingPass, millisWithout) + 1, added(millisDoNothing, millisWithout));
    return new Result(description, classes * methodsPerClass, lines, runs, Stats.median(millisWithout),
        Stats.median(millisFloor), Stats.median(millisGeneratedAlone), Stats.median(millisWith),
        Stats.median(millisWoven), Stats.median(millisWeaveMode), Stats.median(millisWeavingPass),
        Stats.median(millisDoNothing), added);
  }

  /** The median over rounds of what {@code way} adds to {@code without} in the same round. */
  private static double added(double[] way, double[] without) {
    double[] ratios = new double[way.length];
    for (int i = 0; i < way.length; i++) {
      ratios[i] = way[i] / without[i] - 1;
    }
    return Stats.median(ratios);
  }

  /** javac with the processor in weave mode, then the weaver over its classes, in place, in one JVM. */
  private TimedProcess.Run javacAndWeave(List<String> options, Path argFile) throws IOException, InterruptedException {
    return build(List.of("--weave", weaving.classPath()), options, argFile);
  }

  private static double weavingMillis(String output) {
    return output.lines().filter(line -> line.startsWith(BuildJvm.WEAVING))
        .mapToDouble(line -> Double.parseDouble(line.substring(BuildJvm.WEAVING.length())))
        .findFirst().orElseThrow(() -> new IllegalStateException("the build printed no weaving time:\n" + output));
  }

  /** Copies the generated sources out of the folder every javac run clears; returns the copies. */
  private static List<Path> keepGenerated(Path generated, Path kept) throws IOException {
    deleteRecursively(kept);
    List<Path> copies = new ArrayList<>();
    try (Stream<Path> out = Files.walk(generated)) {
      for (Path source : out.filter(file -> file.toString().endsWith(".java")).toList()) {
        Path copy = kept.resolve(generated.relativize(source));
        Files.createDirectories(copy.getParent());
        copies.add(Files.copy(source, copy));
      }
    }
    if (copies.isEmpty()) {
      throw new IOException("the Touchpoint processor generated no sources into " + generated);
    }
    return copies;
  }

  /** One javac run into fresh output directories; returns its wall time in milliseconds. */
  private double javac(List<String> options, Path argFile) throws IOException, InterruptedException {
    return build(List.of(), options, argFile).millis();
  }

  /** One {@link BuildJvm} into fresh output directories, with javac's {@code options}. */
  private TimedProcess.Run build(List<String> buildOptions, List<String> options, Path argFile)
      throws IOException, InterruptedException {
    Path classes = work.resolve("classes");
    Path generated = work.resolve("generated");
    deleteRecursively(classes);
    deleteRecursively(generated);
    Files.createDirectories(classes);
    Files.createDirectories(generated);
    List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", ownCodeSource(), BuildJvm.class.getName()));
    command.addAll(buildOptions);
    command.addAll(List.of("-d", classes.toString(), "-s", generated.toString(), "-cp", classPath, "-encoding", "UTF-8"));
    command.addAll(options);
    command.add("@" + argFile);
    return TimedProcess.run(command, "javac " + options);
  }

  private static String ownCodeSource() {
    try {
      return Path.of(BuildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException("cannot locate the benchmarks' classes", e);
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
