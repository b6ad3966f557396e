package dev.touchpoint.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** Whatever goes wrong inside the processor becomes one error naming the element, never a crash. */
class ProcessorRobustnessTest {

  @Test
  void aFailureWhileGeneratingIsOneErrorNamingTheElement() {
    // Another processor writes the file Touchpoint is about to write: the Filer refuses Touchpoint's.
    Compilation compilation = Compiler.javac()
        .withProcessors(new ClaimsTheGeneratedName(), new TouchpointProcessor())
        .compile(Compilations.sources(Compilations.shop()));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("Touchpoint's annotation processor failed on com.shop.Checkout"
            + " (javax.annotation.processing.FilerException")
        .inFile(JavaFileObjects.forResource("good/com/shop/Checkout.java"))
        .onLineContaining("public interface Checkout");
    assertThat(compilation).hadErrorContaining("com.shop.Checkout was not instrumented. This is a bug in Touchpoint:"
        + " please report it with this message, as 'Reporting problems' in Touchpoint's README says.");
  }

  @Test
  void aTypeThatTakesTheGeneratedNameIsAClearError() {
    Compilation compilation = Compilations.compile(
        Compilations.shop("bad/failure/CheckoutTouchpoints.java"));

    assertThat(compilation)
        .hadErrorContaining("cannot generate com.shop.CheckoutTouchpoints for com.shop.Checkout: a type with that "
            + "name already exists. Rename it; the processor names the instrumented version of a "
            + "type X XTouchpoints")
        .inFile(JavaFileObjects.forResource("good/com/shop/Checkout.java"))
        .onLineContaining("public interface Checkout");
  }

  /** A well-behaved processor of its own that happens to generate the same class name. */
  static final class ClaimsTheGeneratedName extends AbstractProcessor {
    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("dev.touchpoint.Touchpoint");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written && !annotations.isEmpty()) {
        written = true;
        try (Writer source = processingEnv.getFiler().createSourceFile("com.shop.CheckoutTouchpoints").openWriter()) {
          source.write("package com.shop; class CheckoutTouchpoints {}");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
