package dev.touchpoint.declaration;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The experience map's compact twin, {@value #LOCATION}: the declarations of one module as the
 * processor resolved them, in {@link DeclarationCodec}'s form. The processor writes it; the agent
 * links with it; the test kit reads it to explain a touchpoint that did not record.
 */
public final class ExperienceIndex {

  public static final String LOCATION = "META-INF/touchpoint/experience-index";

  private ExperienceIndex() {}

  /** The declarations of the index at {@code index}. */
  public static List<Declaration> read(URL index) throws IOException {
    try (InputStream in = index.openStream()) {
      return DeclarationCodec.decodeAll(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
