package dev.touchpoint.runtime;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Where the runtime's few log lines go: SLF4J when the application has it, otherwise the JDK's
 * own {@link System.Logger}. The agent may supply this runtime to an application without SLF4J,
 * and a missing logging library must not stop a touchpoint from working.
 */
final class RuntimeLog {

  static final String NAME = "dev.touchpoint";

  private static final Sink SINK = chooseSink();

  private RuntimeLog() {}

  static void info(String message) {
    SINK.info(message);
  }

  static void debug(String message) {
    SINK.debug(message);
  }

  static void warn(String message, Throwable problem) {
    SINK.warn(message, problem);
  }

  /** A warning that needs no stack trace: the message says what to do. */
  static void warn(String message) {
    SINK.warn(message, null);
  }

  /**
   * SLF4J when it has somewhere to log to. Its API alone, with no provider (logback, slf4j-simple,
   * log4j's bridge), would drop every line and print three warnings of its own into the
   * application's output, so then the JDK's logger takes the lines instead.
   */
  private static Sink chooseSink() {
    try {
      Class<?> factory = Class.forName("org.slf4j.LoggerFactory", false, RuntimeLog.class.getClassLoader());
      return hasSlf4jProvider(factory.getClassLoader()) ? new Slf4jSink() : new JdkSink();
    } catch (ClassNotFoundException | LinkageError noSlf4j) {
      return new JdkSink();
    }
  }

  /** SLF4J 2's service providers, one named by {@code slf4j.provider}, or an SLF4J 1 binding. */
  private static boolean hasSlf4jProvider(ClassLoader loader) {
    if (System.getProperty("slf4j.provider") != null) {
      return true;
    }
    try {
      Class<?> provider = Class.forName("org.slf4j.spi.SLF4JServiceProvider", false, loader);
      if (ServiceLoader.load(provider, loader).iterator().hasNext()) {
        return true;
      }
    } catch (ClassNotFoundException | LinkageError | ServiceConfigurationError olderOrBroken) {
      // SLF4J 1, or a provider that cannot be loaded: look for a binding below.
    }
    try {
      Class.forName("org.slf4j.impl.StaticLoggerBinder", false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError noBinding) {
      return false;
    }
  }

  interface Sink {
    void info(String message);

    void debug(String message);

    void warn(String message, Throwable problem);
  }

  /** Loaded only when SLF4J is there: nothing else in the runtime names an SLF4J type. */
  private static final class Slf4jSink implements Sink {
    private final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NAME);

    @Override
    public void info(String message) {
      log.info(message);
    }

    @Override
    public void debug(String message) {
      log.debug(message);
    }

    @Override
    public void warn(String message, Throwable problem) {
      if (problem == null) {
        log.warn(message);
      } else {
        log.warn(message, problem);
      }
    }
  }

  private static final class JdkSink implements Sink {
    private final System.Logger log = System.getLogger(NAME);

    @Override
    public void info(String message) {
      log.log(System.Logger.Level.INFO, message);
    }

    @Override
    public void debug(String message) {
      log.log(System.Logger.Level.DEBUG, message);
    }

    @Override
    public void warn(String message, Throwable problem) {
      if (problem == null) {
        log.log(System.Logger.Level.WARNING, message);
      } else {
        log.log(System.Logger.Level.WARNING, message, problem);
      }
    }
  }
}
