package dev.touchpoint.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The least a processor that generates code can cost: it writes one empty class per type with
 * {@code @Touchpoint} methods and checks nothing. javac pays for its rounds whatever a processor
 * does in them, so this is the floor the Touchpoint processor is measured against.
 */
@SupportedAnnotationTypes("dev.touchpoint.Touchpoint")
public final class EmptyTwinProcessor extends AbstractProcessor {

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Set<TypeElement> types = new LinkedHashSet<>();
    for (TypeElement annotation : annotations) {
      for (Element method : round.getElementsAnnotatedWith(annotation)) {
        types.add((TypeElement) method.getEnclosingElement());
      }
    }
    for (TypeElement type : types) {
      String pkg = ((PackageElement) type.getEnclosingElement()).getQualifiedName().toString();
      String name = type.getSimpleName() + "Twin";
      try (Writer source = processingEnv.getFiler().createSourceFile(pkg + "." + name, type).openWriter()) {
        source.write("package " + pkg + ";\n\nfinal class " + name + " {}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
