package dev.touchpoint.declaration;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a declaration as one string and reads it back. The agent puts that string into an
 * instrumented class as an {@code invokedynamic} constant; the runtime's bootstrap method reads it
 * once and builds the descriptor. Each field is {@code <length>:<text>}, a missing one is
 * {@code -:}, so any text survives; a version tag makes an old runtime refuse a newer format
 * rather than misread it.
 */
public final class DeclarationCodec {

  static final String TOUCHPOINT_TAG = "touchpoint/1";
  static final String RECOVERY_TAG = "recovery/1";
  static final String CONTROL_TAG = "control/1";

  private DeclarationCodec() {}

  /** Any declaration, as its kind's {@code encode} writes it. */
  public static String encode(Declaration declaration) {
    if (declaration instanceof TouchpointDeclaration touchpoint) {
      return encode(touchpoint);
    }
    return declaration instanceof RecoveryDeclaration recovery ? encode(recovery) : encode((ControlDeclaration) declaration);
  }

  /**
   * Reads declarations written one after another (the processor's experience index): each is
   * read by its tag.
   *
   * @throws IllegalArgumentException when {@code encoded} is not a sequence of declarations in this format
   */
  public static List<Declaration> decodeAll(String encoded) {
    List<Declaration> declarations = new ArrayList<>();
    Reader in = new Reader(encoded);
    while (!in.atEnd()) {
      String tag = in.peek();
      declarations.add(switch (tag == null ? "" : tag) {
        case TOUCHPOINT_TAG -> readTouchpoint(in);
        case RECOVERY_TAG -> readRecovery(in);
        case CONTROL_TAG -> readControl(in);
        default -> throw new IllegalArgumentException("declaration format " + tag + " is unknown: the agent and"
            + " the processor that wrote the index are different versions");
      });
    }
    return declarations;
  }

  public static String encode(TouchpointDeclaration touchpoint) {
    StringBuilder out = new StringBuilder();
    field(out, TOUCHPOINT_TAG);
    field(out, touchpoint.name());
    field(out, touchpoint.serves());
    field(out, touchpoint.customer());
    field(out, touchpoint.journey());
    field(out, touchpoint.owner());
    field(out, touchpoint.className());
    field(out, touchpoint.methodName());
    field(out, touchpoint.methodDescriptor());
    field(out, Integer.toString(touchpoint.promises().size()));
    for (DeclaredPromise promise : touchpoint.promises()) {
      field(out, promise.name());
      field(out, promise.within());
      field(out, Integer.toString(promise.tolerates().size()));
      for (String tolerated : promise.tolerates()) {
        field(out, tolerated);
      }
    }
    return out.toString();
  }

  public static String encode(ControlDeclaration control) {
    StringBuilder out = new StringBuilder();
    field(out, CONTROL_TAG);
    field(out, control.name());
    field(out, control.className());
    field(out, control.methodName());
    field(out, control.methodDescriptor());
    return out.toString();
  }

  public static String encode(RecoveryDeclaration recovery) {
    StringBuilder out = new StringBuilder();
    field(out, RECOVERY_TAG);
    field(out, recovery.name());
    field(out, recovery.className());
    field(out, recovery.methodName());
    field(out, recovery.methodDescriptor());
    return out.toString();
  }

  /** @throws IllegalArgumentException when {@code encoded} is not a touchpoint in this format */
  public static TouchpointDeclaration decodeTouchpoint(String encoded) {
    Reader in = new Reader(encoded);
    TouchpointDeclaration touchpoint = readTouchpoint(in);
    in.expectEnd();
    return touchpoint;
  }

  private static TouchpointDeclaration readTouchpoint(Reader in) {
    in.expectTag(TOUCHPOINT_TAG);
    String name = in.next();
    String serves = in.next();
    String customer = in.next();
    String journey = in.next();
    String owner = in.next();
    String className = in.next();
    String methodName = in.next();
    String methodDescriptor = in.next();
    int count = in.nextCount();
    List<DeclaredPromise> promises = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String promise = in.next();
      String within = in.next();
      int toleratedCount = in.nextCount();
      List<String> tolerates = new ArrayList<>(toleratedCount);
      for (int t = 0; t < toleratedCount; t++) {
        tolerates.add(in.next());
      }
      promises.add(new DeclaredPromise(promise, within, tolerates));
    }
    return new TouchpointDeclaration(
        name, serves, customer, journey, owner, promises, className, methodName, methodDescriptor);
  }

  /** @throws IllegalArgumentException when {@code encoded} is not a recovery in this format */
  public static RecoveryDeclaration decodeRecovery(String encoded) {
    Reader in = new Reader(encoded);
    RecoveryDeclaration recovery = readRecovery(in);
    in.expectEnd();
    return recovery;
  }

  private static RecoveryDeclaration readRecovery(Reader in) {
    in.expectTag(RECOVERY_TAG);
    return new RecoveryDeclaration(in.next(), in.next(), in.next(), in.next());
  }

  /** @throws IllegalArgumentException when {@code encoded} is not a control in this format */
  public static ControlDeclaration decodeControl(String encoded) {
    Reader in = new Reader(encoded);
    ControlDeclaration control = readControl(in);
    in.expectEnd();
    return control;
  }

  private static ControlDeclaration readControl(Reader in) {
    in.expectTag(CONTROL_TAG);
    return new ControlDeclaration(in.next(), in.next(), in.next(), in.next());
  }

  private static void field(StringBuilder out, String text) {
    if (text == null) {
      out.append("-:");
    } else {
      out.append(text.length()).append(':').append(text);
    }
  }

  private static final class Reader {
    private final String text;
    private int at;

    Reader(String text) {
      if (text == null) {
        throw new IllegalArgumentException("no declaration to read");
      }
      this.text = text;
    }

    String next() {
      int colon = text.indexOf(':', at);
      if (colon < 0) {
        throw malformed();
      }
      String length = text.substring(at, colon);
      if (length.equals("-")) {
        at = colon + 1;
        return null;
      }
      int size;
      try {
        size = Integer.parseInt(length);
      } catch (NumberFormatException notALength) {
        throw malformed();
      }
      if (size < 0 || colon + 1 + size > text.length()) {
        throw malformed();
      }
      at = colon + 1 + size;
      return text.substring(colon + 1, at);
    }

    int nextCount() {
      try {
        return Integer.parseInt(next());
      } catch (NumberFormatException | NullPointerException notACount) {
        throw malformed();
      }
    }

    void expectTag(String tag) {
      String found = next();
      if (!tag.equals(found)) {
        throw new IllegalArgumentException(
            "declaration format " + found + " is not " + tag + ": the agent and the application's"
                + " Touchpoint SDK are different versions");
      }
    }

    /** The next field, left to be read again. */
    String peek() {
      int start = at;
      String field = next();
      at = start;
      return field;
    }

    boolean atEnd() {
      return at == text.length();
    }

    void expectEnd() {
      if (at != text.length()) {
        throw malformed();
      }
    }

    private IllegalArgumentException malformed() {
      return new IllegalArgumentException("malformed declaration at character " + at);
    }
  }
}
