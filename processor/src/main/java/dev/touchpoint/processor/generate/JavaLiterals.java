package dev.touchpoint.processor.generate;

import com.palantir.javapoet.CodeBlock;

/**
 * Java string literals for any text a user wrote in an annotation, in plain ASCII. JavaPoet's
 * {@code $S} breaks lines at U+2028 and U+2029, which leaves an unclosed literal, so names go
 * through here instead. Control characters use octal escapes: a unicode escape such as
 * {@code \u000a} is translated before the lexer runs and would end the literal.
 */
final class JavaLiterals {

  private JavaLiterals() {}

  static CodeBlock string(String text) {
    StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            literal.append(String.format("\\%03o", (int) c));
          } else if (c > 0x7e) {
            literal.append(String.format("\\u%04x", (int) c));
          } else {
            literal.append(c);
          }
        }
      }
    }
    return CodeBlock.of("$L", literal.append('"'));
  }
}
