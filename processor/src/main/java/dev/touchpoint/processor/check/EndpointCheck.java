package dev.touchpoint.processor.check;

import dev.touchpoint.processor.Messages;
import dev.touchpoint.processor.Reporter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * "Who is your customer?": an endpoint is where a customer reaches the business, so an endpoint
 * method without {@code @Touchpoint} is a touchpoint nobody named. A warning by default; an error
 * when the build asks for it.
 */
public final class EndpointCheck {

  private final Elements elements;
  private final Reporter reporter;
  private final boolean customerRequired;
  private final Set<String> checked = new HashSet<>();
  /** The endpoint annotations on the class path, looked up once: most are absent, and a miss is slow. */
  private List<TypeElement> present;

  public EndpointCheck(Elements elements, Reporter reporter, boolean customerRequired) {
    this.elements = elements;
    this.reporter = reporter;
    this.customerRequired = customerRequired;
  }

  public void check(RoundEnvironment round) {
    for (TypeElement endpoint : endpointsPresent()) {
      for (Element element : round.getElementsAnnotatedWith(endpoint)) {
        if (element.getKind() == ElementKind.METHOD
            && Mirrors.find(element, AnnotationNames.TOUCHPOINT).isEmpty()
            && checked.add(element.getEnclosingElement() + "#" + element)) {
          report((ExecutableElement) element, endpoint);
        }
      }
    }
  }

  private List<TypeElement> endpointsPresent() {
    if (present == null) {
      present = new ArrayList<>();
      for (String endpointName : AnnotationNames.ENDPOINTS) {
        TypeElement endpoint = elements.getTypeElement(endpointName);
        if (endpoint != null) { // else that framework is not on the class path
          present.add(endpoint);
        }
      }
    }
    return present;
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
