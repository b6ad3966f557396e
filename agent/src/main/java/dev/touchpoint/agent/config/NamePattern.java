package dev.touchpoint.agent.config;

import java.util.regex.Pattern;

/**
 * A class or method name as a platform team writes it: exact ({@code com.vendor.OrderService}), or
 * with {@code *} for any run of characters within one package segment and {@code **} for any run
 * across segments ({@code com.vendor.**.*Service}). Nested classes use {@code $}, as in
 * {@code Class.getName()}.
 */
public final class NamePattern {

  private final String text;
  private final Pattern regex;

  private NamePattern(String text, Pattern regex) {
    this.text = text;
    this.regex = regex;
  }

  public static NamePattern of(String text) {
    if (!text.contains("*")) {
      return new NamePattern(text, null);
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        regex.append(".*");
        i++;
      } else if (c == '*') {
        regex.append("[^.]*");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new NamePattern(text, Pattern.compile(regex.toString()));
  }

  public boolean matches(String name) {
    return regex == null ? text.equals(name) : regex.matcher(name).matches();
  }

  /** The exact name, when this pattern has no wildcard; null otherwise. */
  public String exactName() {
    return regex == null ? text : null;
  }

  /** What every name this pattern matches starts with: the text before its first wildcard. */
  public String literalPrefix() {
    int wildcard = text.indexOf('*');
    return wildcard < 0 ? text : text.substring(0, wildcard);
  }

  @Override
  public String toString() {
    return text;
  }
}
