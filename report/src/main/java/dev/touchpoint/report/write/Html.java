package dev.touchpoint.report.write;

/** Writing HTML by hand, safely: every piece of text from a trace goes through {@link #text}. */
final class Html {

  private final StringBuilder out = new StringBuilder();

  /** Text as element content or an attribute value: the five characters HTML gives meaning escaped. */
  static String text(Object value) {
    String text = String.valueOf(value);
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** Markup written as is: only ever constant markup and values passed through {@link #text}. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** An element whose content is {@code content}, escaped. */
  Html element(String tag, String attributes, Object content) {
    out.append('<').append(tag).append(attributes.isEmpty() ? "" : " " + attributes).append('>')
        .append(text(content)).append("</").append(tag).append(">");
    return this;
  }

  /**
   * A number people read ({@code shown}) carrying the exact value and where the JSON has it, so a
   * test, or a curious reader, can check one against the other.
   */
  Html number(String tag, String jsonPath, Object value, String shown) {
    out.append('<').append(tag).append(" data-json=\"").append(text(jsonPath)).append("\" data-value=\"")
        .append(text(value)).append("\">").append(text(shown)).append("</").append(tag).append('>');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
