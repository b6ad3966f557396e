package dev.touchpoint.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import dev.touchpoint.declaration.Objective;
import dev.touchpoint.processor.Messages.Unreachable;
import dev.touchpoint.processor.check.AnnotationNames;
import dev.touchpoint.processor.check.Describe;
import dev.touchpoint.processor.check.EndpointCheck;
import dev.touchpoint.processor.check.Mirrors;
import dev.touchpoint.processor.check.NameClashes;
import dev.touchpoint.processor.check.PromiseResolver;
import dev.touchpoint.processor.check.Reachability;
import dev.touchpoint.processor.check.Signatures;
import dev.touchpoint.processor.check.TouchpointReader;
import dev.touchpoint.processor.check.UnresolvedTypes;
import dev.touchpoint.processor.generate.DecoratorGenerator;
import dev.touchpoint.processor.generate.DecoratorRegistrations;
import dev.touchpoint.processor.generate.ExperienceIndexWriter;
import dev.touchpoint.processor.generate.ExperienceMapWriter;
import dev.touchpoint.processor.generate.GeneratedNames;
import dev.touchpoint.processor.generate.GeneratedSources;
import dev.touchpoint.processor.generate.PromiseBoundsWriter;
import dev.touchpoint.processor.generate.SubclassGenerator;
import dev.touchpoint.processor.model.ControlModel;
import dev.touchpoint.processor.model.InstrumentedModel;
import dev.touchpoint.processor.model.RecoveryModel;
import dev.touchpoint.processor.model.TouchpointModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks {@code @Touchpoint}, {@code @BrandPromise} and {@code @Recovery} while compiling,
 * generates the decorators and subclasses that run touchpoints through the runtime, and writes the
 * experience map. Each round reads every annotated type first and generates afterwards, so a type
 * can instrument what it inherits from types compiled with it.
 *
 * <p>Options: {@code -Atouchpoint.weave=true} when the build weaves its compiled classes (nothing
 * is generated, every touchpoint is woven in place, private, static and final ones included, and
 * javac runs no extra round); {@code -Atouchpoint.agent=true} when the build runs the Touchpoint
 * agent (methods generated code cannot reach are then left to it); {@code -Atouchpoint.requireCustomer=true} to
 * make an endpoint without {@code @Touchpoint} an error rather than a warning.
 */
@AutoService(Processor.class)
public final class TouchpointProcessor extends AbstractProcessor {

  private Elements elements;
  private Reporter reporter;
  private Mirrors mirrors;
  private TouchpointReader reader;
  private final Reachability reachability = new Reachability();
  private NameClashes nameClashes;
  private EndpointCheck endpoints;
  private UnresolvedTypes unresolved;
  private DecoratorGenerator decorators;
  private SubclassGenerator subclasses;
  private ExperienceMapWriter experienceMap;
  private ExperienceIndexWriter experienceIndex;
  private PromiseBoundsWriter promiseBounds;
  private DecoratorRegistrations registrations;
  private boolean agentInstrumentsTheRest;
  /** The build weaves its classes: check and map everything, generate nothing. */
  private boolean weaving;

  /** Touchpoints, recovery paths and controls generated code instruments, from every round so far. */
  private final Map<ExecutableElement, InstrumentedModel> instrumentable = new HashMap<>();
  /** Every checked touchpoint, for the experience map. */
  private final List<TouchpointModel> mapped = new ArrayList<>();
  private final List<RecoveryModel> recoveries = new ArrayList<>();
  private final List<ControlModel> controls = new ArrayList<>();
  private final List<Element> originating = new ArrayList<>();
  private final List<String> factories = new ArrayList<>();
  /** Types that mention types another processor has yet to generate: read in a later round. */
  private final Set<String> deferred = new LinkedHashSet<>();

  private static final List<String> INSTRUMENTED =
      List.of(AnnotationNames.TOUCHPOINT, AnnotationNames.RECOVERY, AnnotationNames.CONTROL);

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    elements = environment.getElementUtils();
    reporter = new Reporter(environment.getMessager());
    mirrors = new Mirrors(elements);
    Signatures signatures = new Signatures(elements, environment.getTypeUtils());
    reader = new TouchpointReader(mirrors, signatures,
        new PromiseResolver(elements, mirrors, reporter), reporter);
    nameClashes = new NameClashes(reporter);
    endpoints = new EndpointCheck(reporter, option(Messages.REQUIRE_CUSTOMER_OPTION));
    unresolved = new UnresolvedTypes(elements);
    GeneratedSources sources = new GeneratedSources(environment.getFiler());
    decorators = new DecoratorGenerator(elements, environment.getTypeUtils(), sources);
    subclasses = new SubclassGenerator(elements, environment.getTypeUtils(), sources);
    weaving = option(Messages.WEAVE_OPTION);
    experienceMap = new ExperienceMapWriter(environment.getFiler(), weaving, defaultObjective());
    experienceIndex = new ExperienceIndexWriter(environment.getFiler());
    promiseBounds = new PromiseBoundsWriter(environment.getFiler());
    registrations = new DecoratorRegistrations(environment.getFiler());
    agentInstrumentsTheRest = option(Messages.AGENT_OPTION);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> supported = new LinkedHashSet<>(List.of(AnnotationNames.TOUCHPOINT,
        AnnotationNames.BRAND_PROMISE, AnnotationNames.BRAND_PROMISES, AnnotationNames.RECOVERY,
        AnnotationNames.CONTROL));
    supported.addAll(AnnotationNames.ENDPOINTS);
    return supported;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(Messages.AGENT_OPTION, Messages.WEAVE_OPTION, Messages.REQUIRE_CUSTOMER_OPTION,
        Messages.OBJECTIVE_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      guarded(null, this::writeAggregates);
      return false;
    }
    Map<TypeElement, List<ExecutableElement>> touchpointsByType = touchpointsByType(round);
    List<TypeElement> read = new ArrayList<>();
    for (Map.Entry<TypeElement, List<ExecutableElement>> entry : touchpointsByType.entrySet()) {
      TypeElement type = entry.getKey();
      if (unresolved.mentionedBy(type)) {
        deferred.add(elements.getBinaryName(type).toString());
        continue;
      }
      guarded(type, () -> readType(type, entry.getValue()));
      read.add(type);
    }
    if (!weaving) {
      for (TypeElement type : read) {
        guarded(type, () -> generate(type));
      }
    }
    guarded(null, () -> endpoints.check(round, annotations));
    return false; // other processors may read these annotations too
  }

  private Map<TypeElement, List<ExecutableElement>> touchpointsByType(RoundEnvironment round) {
    Map<TypeElement, List<ExecutableElement>> byType = new LinkedHashMap<>();
    for (String name : List.copyOf(deferred)) {
      TypeElement type = elements.getTypeElement(name.replace('$', '.'));
      deferred.remove(name);
      if (type != null) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
          if (INSTRUMENTED.stream().anyMatch(annotation -> Mirrors.find(method, annotation).isPresent())) {
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(method);
          }
        }
      }
    }
    for (String annotation : INSTRUMENTED) {
      for (ExecutableElement method : annotatedMethods(round, annotation)) {
        List<ExecutableElement> methods = byType.computeIfAbsent((TypeElement) method.getEnclosingElement(), t -> new ArrayList<>());
        if (!methods.contains(method)) {
          methods.add(method);
        }
      }
    }
    return byType;
  }

  private List<ExecutableElement> annotatedMethods(RoundEnvironment round, String annotation) {
    TypeElement type = elements.getTypeElement(annotation);
    if (type == null) {
      return List.of();
    }
    return List.copyOf(ElementFilter.methodsIn(round.getElementsAnnotatedWith(type)));
  }

  private void readType(TypeElement type, List<ExecutableElement> methods) {
    for (ExecutableElement method : methods) {
      Optional<AnnotationMirror> touchpoint = Mirrors.find(method, AnnotationNames.TOUCHPOINT);
      Optional<AnnotationMirror> recovery = Mirrors.find(method, AnnotationNames.RECOVERY);
      Optional<AnnotationMirror> control = Mirrors.find(method, AnnotationNames.CONTROL);
      int kinds = (touchpoint.isPresent() ? 1 : 0) + (recovery.isPresent() ? 1 : 0) + (control.isPresent() ? 1 : 0);
      if (kinds > 1) {
        reporter.error(Messages.moreThanOneKind(Describe.method(method)), method);
      } else if (touchpoint.isPresent()) {
        readTouchpoint(type, method, touchpoint.get());
      } else if (recovery.isPresent()) {
        reader.readRecovery(method, recovery.get()).ifPresent(read -> {
          recoveries.add(read);
          instrumentIfReachable(method, "Recovery", read);
        });
      } else if (control.isPresent()) {
        reader.readControl(method, control.get()).ifPresent(read -> {
          controls.add(read);
          instrumentIfReachable(method, "Control", read);
        });
      }
    }
  }

  /** Recovery paths and controls are measured where generated code reaches them; elsewhere only a warning. */
  private void instrumentIfReachable(ExecutableElement method, String annotation, InstrumentedModel path) {
    originating.add(method);
    if (weaving) {
      return; // woven in place wherever it is
    }
    Optional<Unreachable> unreachable = Reachability.isAbstractInClass(method)
        ? Optional.of(new Unreachable("abstract", "Annotate the method that implements it"))
        : reachability.check(method);
    if (unreachable.isEmpty()) {
      instrumentable.put(method, path);
    } else if (agentInstrumentsTheRest) {
      reporter.note(Messages.leftToAgent(Describe.method(method), unreachable.get()), method);
    } else {
      reporter.warning(Messages.unreachablePath(annotation, Describe.method(method), unreachable.get()), method);
    }
  }

  private void readTouchpoint(TypeElement type, ExecutableElement method, AnnotationMirror annotation) {
    if (Reachability.isAbstractInClass(method)) {
      reporter.error(Messages.abstractInClass(Describe.method(method)), method);
      return;
    }
    Optional<TouchpointModel> read = reader.read(method, annotation);
    if (read.isEmpty()) {
      return;
    }
    TouchpointModel touchpoint = read.get();
    // Woven in place, private, static and final methods are as reachable as any other.
    if (!weaving) {
      Optional<Unreachable> unreachable = reachability.check(method);
      if (unreachable.isEmpty()) {
        touchpoint = touchpoint.withGeneratedClass(GeneratedNames.instrumented(type).canonicalName());
        instrumentable.put(method, touchpoint);
      } else if (agentInstrumentsTheRest) {
        reporter.note(Messages.leftToAgent(Describe.method(method), unreachable.get()), method);
      } else {
        reporter.error(Messages.unreachable(Describe.method(method), unreachable.get()), method);
        return;
      }
    }
    nameClashes.check(touchpoint, method, annotation);
    mapped.add(touchpoint);
    originating.add(method);
  }

  private void generate(TypeElement type) throws java.io.IOException {
    Map<ExecutableElement, InstrumentedModel> touchpoints = new LinkedHashMap<>();
    boolean isInterface = type.getKind() == ElementKind.INTERFACE;
    for (ExecutableElement member : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      InstrumentedModel touchpoint = instrumentable.get(member);
      if (touchpoint != null && (isInterface || canOverride(type, member))) {
        touchpoints.put(member, touchpoint);
      }
    }
    if (touchpoints.isEmpty() || hasErrors(type, touchpoints.keySet())) {
      return;
    }
    var generatedName = GeneratedNames.instrumented(type);
    if (isTaken(generatedName)) {
      reporter.error(Messages.generatedNameTaken(generatedName.canonicalName(), type.getQualifiedName().toString()), type);
      return;
    }
    if (isInterface) {
      factories.add(decorators.generate(type, touchpoints));
    } else {
      subclasses.generate(type, touchpoints);
    }
  }

  /**
   * Whether a type of that name exists already. Asked of its package's members, which javac lists
   * once per package, rather than by {@code getTypeElement}: a name that does not exist sends that
   * through every module of the JDK, every time.
   */
  private boolean isTaken(ClassName name) {
    PackageElement pkg = elements.getPackageElement(name.packageName());
    if (pkg == null) {
      return false;
    }
    for (Element member : pkg.getEnclosedElements()) {
      if (member.getSimpleName().contentEquals(name.simpleName())) {
        return true;
      }
    }
    return false;
  }

  /** A subclass in {@code type}'s package can override an inherited, concrete method. */
  private boolean canOverride(TypeElement type, ExecutableElement member) {
    Set<Modifier> modifiers = member.getModifiers();
    if (modifiers.contains(Modifier.ABSTRACT)) {
      return false;
    }
    boolean packagePrivate = !modifiers.contains(Modifier.PUBLIC) && !modifiers.contains(Modifier.PROTECTED);
    return !packagePrivate || elements.getPackageOf(member).equals(elements.getPackageOf(type));
  }

  private boolean hasErrors(TypeElement type, Set<ExecutableElement> methods) {
    return reporter.hasErrorOn(type) || methods.stream().anyMatch(reporter::hasErrorOn);
  }

  private void writeAggregates() throws java.io.IOException {
    if (!mapped.isEmpty() || !recoveries.isEmpty() || !controls.isEmpty()) {
      experienceMap.write(mapped, recoveries, controls, originating);
      experienceIndex.write(mapped, recoveries, controls, originating);
      promiseBounds.write(mapped, originating);
    }
    if (!factories.isEmpty()) {
      registrations.write(factories, originating);
    }
  }

  /** Runs one step; a failure becomes one error naming the element, never a javac crash. */
  private void guarded(Element element, Step step) {
    try {
      step.run();
    } catch (Throwable failure) {
      String subject = element == null ? "this compilation"
          : element instanceof ExecutableElement method ? Describe.method(method)
          : element instanceof TypeElement type ? type.getQualifiedName().toString()
          : element.toString();
      reporter.error(Messages.processorFailure(subject, failure), element);
    }
  }

  /** The build's default objective, or null when it gives none (or a bad one, which is an error). */
  private String defaultObjective() {
    String objective = processingEnv.getOptions().get(Messages.OBJECTIVE_OPTION);
    if (objective == null || objective.isBlank()) {
      return null;
    }
    if (!Objective.isValid(objective)) {
      reporter.error(Messages.badDefaultObjective(objective));
      return null;
    }
    return objective.strip();
  }

  private boolean option(String name) {
    return Boolean.parseBoolean(processingEnv.getOptions().get(name));
  }

  @FunctionalInterface
  private interface Step {
    void run() throws Exception;
  }
}
