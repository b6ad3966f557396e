package dev.touchpoint.processor.check;

import dev.touchpoint.processor.Messages;
import dev.touchpoint.processor.Reporter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * "Who is your customer?": an endpoint is where a customer reaches the business, so an endpoint
 * method without {@code @Touchpoint} is a touchpoint nobody named. A warning by default; an error
 * when the build asks for it. An endpoint that serves no customer (a health check, a test's probe)
 * says so with {@code @SuppressWarnings("touchpoint")} on it or its class, as javac's own
 * warnings are silenced.
 */
public final class EndpointCheck {

  /** The name {@code @SuppressWarnings} takes to silence this check. */
  public static final String SUPPRESSION = "touchpoint";

  private final Reporter reporter;
  private final boolean customerRequired;
  private final Set<String> checked = new HashSet<>();

  public EndpointCheck(Reporter reporter, boolean customerRequired) {
    this.reporter = reporter;
    this.customerRequired = customerRequired;
  }

  /**
   * Checks the endpoints among {@code present}, the annotation types javac found in this round. Asking
   * javac for each endpoint annotation by name instead costs a search through every module of the
   * JDK for each framework that is not on the class path.
   */
  public void check(RoundEnvironment round, Set<? extends TypeElement> present) {
    for (TypeElement endpoint : present) {
      if (!AnnotationNames.ENDPOINTS.contains(endpoint.getQualifiedName().toString())) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(endpoint)) {
        if (element.getKind() == ElementKind.METHOD
            && Mirrors.find(element, AnnotationNames.TOUCHPOINT).isEmpty()
            && !suppressed(element)
            && checked.add(element.getEnclosingElement() + "#" + element)) {
          report((ExecutableElement) element, endpoint);
        }
      }
    }
  }

  /** Whether {@code @SuppressWarnings("touchpoint")} is on the element or any element around it. */
  static boolean suppressed(Element element) {
    for (Element around = element; around != null; around = around.getEnclosingElement()) {
      SuppressWarnings suppress = around.getAnnotation(SuppressWarnings.class);
      if (suppress != null && Arrays.asList(suppress.value()).contains(SUPPRESSION)) {
        return true;
      }
    }
    return false;
  }

  /** At the method, where the missing @Touchpoint goes. */
  private void report(ExecutableElement method, TypeElement endpoint) {
    String message = Messages.missingCustomer(
        Describe.method(method), endpoint.getSimpleName().toString(), customerRequired);
    if (customerRequired) {
      reporter.error(message, method);
    } else {
      reporter.warning(message, method);
    }
  }
}
