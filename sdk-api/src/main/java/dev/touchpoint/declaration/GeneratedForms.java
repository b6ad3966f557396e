package dev.touchpoint.declaration;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;

/**
 * Finds the subclass the Touchpoint annotation processor generated for a class: by its documented
 * name ({@code CheckoutTouchpoints} for {@code Checkout}, {@code Shop_CheckoutTouchpoints} for the
 * nested {@code Shop.Checkout}, in the same package), and only when it really is that class's
 * direct subclass, so that a class of the application that merely has such a name is never taken.
 * A class woven at build time is instrumented itself and needs no generated form. Used where
 * Touchpoint meets application classes at run time: Spring beans, the test kit's explanations.
 */
public final class GeneratedForms {

  public static final String SUFFIX = "Touchpoints";
  /** The mark the build-time weaver leaves in a class file it wove (an annotation reflection cannot see). */
  private static final byte[] WOVEN = "Ldev/touchpoint/weaver/Woven;".getBytes(StandardCharsets.UTF_8);

  private GeneratedForms() {}

  /** The generated subclass of {@code type}, or null when there is none. */
  public static Class<?> of(Class<?> type, ClassLoader loader) {
    if (type.isInterface() || Modifier.isFinal(type.getModifiers()) || type.getName().endsWith(SUFFIX)) {
      return null;
    }
    try {
      Class<?> generated = Class.forName(nameOf(type), false, loader);
      return generated.getSuperclass() == type && !isWoven(type) ? generated : null;
    } catch (ClassNotFoundException | LinkageError none) {
      return null;
    }
  }

  /** Whether the build-time weaver wove {@code type}'s class file. */
  public static boolean isWoven(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    String resource = type.getName().replace('.', '/') + ".class";
    try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
      return in != null && contains(in.readAllBytes(), WOVEN);
    } catch (IOException unreadable) {
      return false;
    }
  }

  private static boolean contains(byte[] bytes, byte[] wanted) {
    outer:
    for (int i = 0; i <= bytes.length - wanted.length; i++) {
      for (int j = 0; j < wanted.length; j++) {
        if (bytes[i + j] != wanted[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** The generated subclass's binary name for {@code type}, whether or not it exists. */
  public static String nameOf(Class<?> type) {
    String packageName = type.getPackageName();
    String binaryName = type.getName();
    String inPackage = packageName.isEmpty() ? binaryName : binaryName.substring(packageName.length() + 1);
    return (packageName.isEmpty() ? "" : packageName + ".") + inPackage.replace('$', '_') + SUFFIX;
  }
}
