package dev.touchpoint.processor.generate;

import dev.touchpoint.processor.model.ControlModel;
import dev.touchpoint.processor.model.InstrumentedModel;
import dev.touchpoint.processor.model.MethodSignature;
import dev.touchpoint.processor.model.PromiseModel;
import dev.touchpoint.processor.model.RecoveryModel;
import dev.touchpoint.processor.model.TouchpointModel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes the experience map, {@value #LOCATION}: every touchpoint, recovery path and control of the module,
 * sorted so the file is the same for the same code. Observability teams read it to see every
 * touchpoint of a service. The agent reads the same declarations from their compact twin, the
 * {@link ExperienceIndexWriter experience index}.
 */
public final class ExperienceMapWriter {

  public static final String LOCATION = "META-INF/touchpoint/experience-map.json";
  public static final int FORMAT = 1;

  private final Filer filer;
  private final boolean woven;
  private final String defaultObjective;

  /**
   * {@code woven}: the build weaves its classes, so touchpoints are instrumented in place;
   * {@code defaultObjective}: the objective of promises that state none, or null for none.
   */
  public ExperienceMapWriter(Filer filer, boolean woven, String defaultObjective) {
    this.filer = filer;
    this.woven = woven;
    this.defaultObjective = defaultObjective;
  }

  public void write(List<TouchpointModel> touchpoints, List<RecoveryModel> recoveries, List<ControlModel> controls,
      List<? extends Element> originatingElements) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", LOCATION,
        originatingElements.toArray(Element[]::new));
    try (OutputStream out = file.openOutputStream();
        JsonGenerator json = JsonFactory.builder().build()
            .createGenerator(PRETTY, out, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeNumberProperty("format", FORMAT);
      json.writeArrayPropertyStart("touchpoints");
      for (TouchpointModel touchpoint : ByLocation.sorted(touchpoints, TouchpointModel::signature)) {
        writeTouchpoint(json, touchpoint);
      }
      json.writeEndArray();
      json.writeArrayPropertyStart("recoveries");
      for (RecoveryModel recovery : ByLocation.sorted(recoveries, RecoveryModel::signature)) {
        writeNamed(json, recovery);
      }
      json.writeEndArray();
      json.writeArrayPropertyStart("controls");
      for (ControlModel control : ByLocation.sorted(controls, ControlModel::signature)) {
        writeNamed(json, control);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private void writeTouchpoint(JsonGenerator json, TouchpointModel touchpoint) {
    json.writeStartObject();
    json.writeStringProperty("name", touchpoint.name());
    writeLocation(json, touchpoint.signature());
    json.writeStringProperty("serves", touchpoint.serves().toLowerCase(Locale.ROOT));
    json.writeStringProperty("customer", touchpoint.customer());
    json.writeStringProperty("journey", touchpoint.journey());
    json.writeStringProperty("owner", touchpoint.owner());
    json.writeArrayPropertyStart("promises");
    for (PromiseModel promise : touchpoint.promises()) {
      json.writeStartObject();
      json.writeStringProperty("name", promise.name());
      json.writeStringProperty("within", promise.within());
      json.writeStringProperty("objective", promise.objective() != null ? promise.objective() : defaultObjective);
      json.writeArrayPropertyStart("tolerates");
      for (String exception : promise.tolerates()) {
        json.writeString(exception);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeStringProperty("instrumentation",
        woven ? "woven" : touchpoint.generatedClass() == null ? "agent" : "generated");
    json.writeStringProperty("generatedClass", touchpoint.generatedClass());
    json.writeEndObject();
  }

  private static void writeNamed(JsonGenerator json, InstrumentedModel path) {
    json.writeStartObject();
    json.writeStringProperty("name", path.name());
    writeLocation(json, path.signature());
    json.writeEndObject();
  }

  private static void writeLocation(JsonGenerator json, MethodSignature signature) {
    json.writeStringProperty("class", signature.className());
    json.writeStringProperty("method", signature.methodName());
    json.writeArrayPropertyStart("parameterTypes");
    for (String parameterType : signature.parameterTypes()) {
      json.writeString(parameterType);
    }
    json.writeEndArray();
    json.writeStringProperty("descriptor", signature.descriptor());
  }


  /** Indented output: the map is read by people as much as by the agent. */
  private static final ObjectWriteContext PRETTY =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      };
}
