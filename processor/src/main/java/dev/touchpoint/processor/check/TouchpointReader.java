package dev.touchpoint.processor.check;

import dev.touchpoint.processor.Messages;
import dev.touchpoint.processor.Reporter;
import dev.touchpoint.processor.model.ControlModel;
import dev.touchpoint.processor.model.PromiseModel;
import dev.touchpoint.processor.model.RecoveryModel;
import dev.touchpoint.processor.model.TouchpointModel;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/** Reads one {@code @Touchpoint} or {@code @Recovery} method into its checked model. */
public final class TouchpointReader {

  private final Mirrors mirrors;
  private final Signatures signatures;
  private final PromiseResolver promises;
  private final Reporter reporter;

  public TouchpointReader(Mirrors mirrors, Signatures signatures, PromiseResolver promises, Reporter reporter) {
    this.mirrors = mirrors;
    this.signatures = signatures;
    this.promises = promises;
    this.reporter = reporter;
  }

  /** The touchpoint {@code method} declares; empty when something was wrong (and reported). */
  public Optional<TouchpointModel> read(ExecutableElement method, AnnotationMirror touchpoint) {
    String declaredName = optional(method, touchpoint, "value", "\"checkout.place-order\"");
    String customer = optional(method, touchpoint, "customer", "\"shopper\" or \"finance\"");
    String journey = optional(method, touchpoint, "journey", "\"checkout\"");
    String owner = optional(method, touchpoint, "owner", "\"checkout-team\"");
    Optional<List<PromiseModel>> inForce = promises.resolve(method);
    if (reporter.hasErrorOn(method) || inForce.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new TouchpointModel(
            declaredName != null ? declaredName : defaultName(method),
            mirrors.enumConstant(touchpoint, "serves"),
            customer,
            journey,
            owner,
            inForce.get(),
            signatures.of(method),
            null));
  }

  /** {@code SimpleClassName.methodName}, the name of a touchpoint that declares none. */
  public static String defaultName(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
  }

  /** The recovery path {@code method} declares; empty when its name is blank (and reported). */
  public Optional<RecoveryModel> readRecovery(ExecutableElement method, AnnotationMirror recovery) {
    return named(method, recovery, "Recovery", "\"payment.retry\"")
        .map(name -> new RecoveryModel(name, signatures.of(method)));
  }

  /** The control {@code method} declares; empty when its name is blank (and reported). */
  public Optional<ControlModel> readControl(ExecutableElement method, AnnotationMirror control) {
    return named(method, control, "Control", "\"fraud-check\"")
        .map(name -> new ControlModel(name, signatures.of(method)));
  }

  private Optional<String> named(ExecutableElement method, AnnotationMirror annotation, String simpleName, String example) {
    String name = mirrors.string(annotation, "value");
    if (name.isBlank()) {
      reporter.error(Messages.blankAttribute(simpleName, "value", example),
          method, annotation, Mirrors.explicitValue(annotation, "value"));
      return Optional.empty();
    }
    return Optional.of(name);
  }

  /** The attribute's text, null when left empty; an error when it is only white space. */
  private String optional(ExecutableElement method, AnnotationMirror touchpoint, String attribute, String example) {
    String value = mirrors.string(touchpoint, attribute);
    if (value.isEmpty()) {
      return null;
    }
    if (value.isBlank()) {
      reporter.error(Messages.blankAttribute("Touchpoint", attribute, example),
          method, touchpoint, Mirrors.explicitValue(touchpoint, attribute));
      return null;
    }
    return value;
  }
}
