package dev.touchpoint.processor.generate;

import dev.touchpoint.runtime.DecoratorFactory;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Registers the generated decorator factories with {@link java.util.ServiceLoader}. */
public final class DecoratorRegistrations {

  public static final String LOCATION = "META-INF/services/" + DecoratorFactory.class.getName();

  private final Filer filer;

  public DecoratorRegistrations(Filer filer) {
    this.filer = filer;
  }

  public void write(List<String> factories, List<? extends Element> originatingElements) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", LOCATION,
        originatingElements.toArray(Element[]::new));
    try (Writer out = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
      for (String factory : new TreeSet<>(factories)) {
        out.write(factory);
        out.write('\n');
      }
    }
  }
}
