package dev.touchpoint.processor.generate;

import dev.touchpoint.declaration.ControlDeclaration;
import dev.touchpoint.declaration.DeclarationCodec;
import dev.touchpoint.declaration.DeclaredPromise;
import dev.touchpoint.declaration.ExperienceIndex;
import dev.touchpoint.declaration.RecoveryDeclaration;
import dev.touchpoint.declaration.TouchpointDeclaration;
import dev.touchpoint.processor.model.ControlModel;
import dev.touchpoint.processor.model.MethodSignature;
import dev.touchpoint.processor.model.PromiseModel;
import dev.touchpoint.processor.model.RecoveryModel;
import dev.touchpoint.processor.model.TouchpointModel;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@value #LOCATION}: the experience map's declarations in the compact form the agent links
 * them with ({@link DeclarationCodec}), one after another. The agent reads it when a class loader
 * is first seen, in a few lines of plain Java: no JSON library is loaded while the application
 * starts. The JSON map stays the format for people and tools; this one is internal.
 */
public final class ExperienceIndexWriter {

  public static final String LOCATION = ExperienceIndex.LOCATION;

  private final Filer filer;

  public ExperienceIndexWriter(Filer filer) {
    this.filer = filer;
  }

  public void write(List<TouchpointModel> touchpoints, List<RecoveryModel> recoveries, List<ControlModel> controls,
      List<? extends Element> originatingElements) throws IOException {
    StringBuilder index = new StringBuilder();
    for (TouchpointModel touchpoint : ByLocation.sorted(touchpoints, TouchpointModel::signature)) {
      index.append(DeclarationCodec.encode(declaration(touchpoint)));
    }
    for (RecoveryModel recovery : ByLocation.sorted(recoveries, RecoveryModel::signature)) {
      MethodSignature at = recovery.signature();
      index.append(DeclarationCodec.encode(new RecoveryDeclaration(recovery.name(), at.className(), at.methodName(), at.descriptor())));
    }
    for (ControlModel control : ByLocation.sorted(controls, ControlModel::signature)) {
      MethodSignature at = control.signature();
      index.append(DeclarationCodec.encode(new ControlDeclaration(control.name(), at.className(), at.methodName(), at.descriptor())));
    }
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", LOCATION,
        originatingElements.toArray(Element[]::new));
    try (Writer out = file.openWriter()) {
      out.write(index.toString());
    }
  }

  private static TouchpointDeclaration declaration(TouchpointModel touchpoint) {
    List<DeclaredPromise> promises = new ArrayList<>();
    for (PromiseModel promise : touchpoint.promises()) {
      promises.add(new DeclaredPromise(promise.name(), promise.within(), promise.tolerates()));
    }
    MethodSignature at = touchpoint.signature();
    return new TouchpointDeclaration(touchpoint.name(), touchpoint.serves(), touchpoint.customer(), touchpoint.journey(),
        touchpoint.owner(), promises, at.className(), at.methodName(), at.descriptor());
  }
}
