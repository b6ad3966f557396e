package dev.touchpoint.agent.advice;

import java.util.HashMap;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassReader;

/**
 * Each method's {@code Code} attribute header (its local slots and its code's length), read from
 * the class file's structure without decoding a single instruction: what weaving needs to know
 * before it starts, for a fraction of what visiting the code costs.
 */
final class MethodCodes {

  /** A method's local slots and the length of its code, in bytes. */
  record Code(int maxLocals, int length) {}

  private final Map<String, Code> byMethod;

  private MethodCodes(Map<String, Code> byMethod) {
    this.byMethod = byMethod;
  }

  /** The code of {@code name} with {@code descriptor}; null for an abstract or native method, or none. */
  Code of(String name, String descriptor) {
    return byMethod.get(name + descriptor);
  }

  /**
   * Walks {@code reader}'s class file as the JVM specification lays it out (JVMS 4.1): the header,
   * then fields and methods, each with its attributes, skipped by their lengths.
   */
  static MethodCodes read(ClassReader reader) {
    char[] buffer = new char[reader.getMaxStringLength()];
    int offset = reader.header + 6; // access flags, this class, super class
    offset += 2 + 2 * reader.readUnsignedShort(offset); // interfaces
    int fields = reader.readUnsignedShort(offset);
    offset += 2;
    for (int i = 0; i < fields; i++) {
      offset = skipAttributes(reader, offset + 6);
    }
    int methods = reader.readUnsignedShort(offset);
    offset += 2;
    Map<String, Code> byMethod = new HashMap<>();
    for (int i = 0; i < methods; i++) {
      String name = reader.readUTF8(offset + 2, buffer);
      String descriptor = reader.readUTF8(offset + 4, buffer);
      int attributes = reader.readUnsignedShort(offset + 6);
      offset += 8;
      for (int a = 0; a < attributes; a++) {
        int length = reader.readInt(offset + 2);
        if ("Code".equals(reader.readUTF8(offset, buffer))) {
          // max_stack, max_locals, code_length
          byMethod.put(name + descriptor, new Code(reader.readUnsignedShort(offset + 8), reader.readInt(offset + 10)));
        }
        offset += 6 + length;
      }
    }
    return new MethodCodes(byMethod);
  }

  private static int skipAttributes(ClassReader reader, int offset) {
    int attributes = reader.readUnsignedShort(offset);
    offset += 2;
    for (int a = 0; a < attributes; a++) {
      offset += 6 + reader.readInt(offset + 2);
    }
    return offset;
  }
}
