package dev.touchpoint.runtime;

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

  private static Sink chooseSink() {
    try {
      Class.forName("org.slf4j.LoggerFactory", false, RuntimeLog.class.getClassLoader());
      return new Slf4jSink();
    } catch (ClassNotFoundException | LinkageError noSlf4j) {
      return new JdkSink();
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
