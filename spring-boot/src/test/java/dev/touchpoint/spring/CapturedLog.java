package dev.touchpoint.spring;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where logback-test.xml sends the log, so that tests read the lines a user would see and the test
 * output shows none of the warnings the tests provoke on purpose.
 */
public final class CapturedLog extends AppenderBase<ILoggingEvent> {

  private static final List<String> LINES = new CopyOnWriteArrayList<>();

  @Override
  protected void append(ILoggingEvent event) {
    LINES.add(event.getLevel() + " " + event.getFormattedMessage());
  }

  /** Every line logged so far, as {@code LEVEL message}. */
  public static List<String> lines() {
    return List.copyOf(LINES);
  }

  public static void clear() {
    LINES.clear();
  }
}
