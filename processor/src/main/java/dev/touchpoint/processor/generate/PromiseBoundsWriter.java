package dev.touchpoint.processor.generate;

import dev.touchpoint.processor.model.PromiseModel;
import dev.touchpoint.processor.model.TouchpointModel;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@value #LOCATION}: every latency bound the module declares, one per line. The runtime
 * makes each a bucket boundary of its duration histograms, even for touchpoints whose classes
 * have not loaded yet when the metrics are set up.
 */
public final class PromiseBoundsWriter {

  public static final String LOCATION = "META-INF/touchpoint/promise-bounds";

  private final Filer filer;

  public PromiseBoundsWriter(Filer filer) {
    this.filer = filer;
  }

  public void write(List<TouchpointModel> touchpoints, List<? extends Element> originatingElements) throws IOException {
    TreeSet<String> bounds = new TreeSet<>();
    for (TouchpointModel touchpoint : touchpoints) {
      for (PromiseModel promise : touchpoint.promises()) {
        if (promise.hasBound()) {
          bounds.add(promise.within());
        }
      }
    }
    if (bounds.isEmpty()) {
      return;
    }
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", LOCATION,
        originatingElements.toArray(Element[]::new));
    try (Writer out = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
      for (String bound : bounds) {
        out.write(bound);
        out.write('\n');
      }
    }
  }
}
