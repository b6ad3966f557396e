package dev.touchpoint.processor.generate;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The documented name of the instrumented version of a type: {@code CheckoutTouchpoints} for
 * {@code Checkout}, {@code Shop_CheckoutTouchpoints} for the nested {@code Shop.Checkout}, in the
 * same package.
 */
public final class GeneratedNames {

  public static final String SUFFIX = "Touchpoints";

  private GeneratedNames() {}

  public static ClassName instrumented(TypeElement type) {
    StringBuilder simpleName = new StringBuilder(type.getSimpleName());
    Element enclosing = type.getEnclosingElement();
    while (enclosing instanceof TypeElement outer) {
      simpleName.insert(0, outer.getSimpleName() + "_");
      enclosing = outer.getEnclosingElement();
    }
    String packageName = ((PackageElement) enclosing).getQualifiedName().toString();
    return ClassName.get(packageName, simpleName + SUFFIX);
  }
}
