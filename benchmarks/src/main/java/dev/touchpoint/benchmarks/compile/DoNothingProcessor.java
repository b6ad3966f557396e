package dev.touchpoint.benchmarks.compile;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The least any processor costs: it claims {@code @Touchpoint} and does nothing with it. What javac
 * pays for running annotation processing at all, the floor of a processor that only checks and
 * writes resources, as the Touchpoint processor does in weave mode.
 */
@SupportedAnnotationTypes("dev.touchpoint.Touchpoint")
public final class DoNothingProcessor extends AbstractProcessor {

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
