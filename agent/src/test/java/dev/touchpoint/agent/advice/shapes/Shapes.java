package dev.touchpoint.agent.advice.shapes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

/**
 * Methods in the shapes compiled code takes, to be woven by the agent's advice: every kind of
 * return, parameters and locals of every width, loops at the very start, handlers of their own,
 * switches, monitors, stages. Each returns something that proves its own code ran unchanged.
 */
public class Shapes {

  private int calls;

  public static long widths(long big, double ratio, int small, byte tiny, char letter, float part, boolean flag) {
    long sum = big + (long) (ratio * 10) + small + tiny + letter + (long) part;
    double scaled = sum * 1.5;
    for (int i = 0; i < 3; i++) {
      long inner = i * 2L;
      sum += inner;
    }
    return flag ? sum + (long) scaled : sum;
  }

  public String manyReturns(int choice) {
    calls++;
    if (choice < 0) {
      return "negative";
    }
    try {
      if (choice == 0) {
        return "zero";
      }
      return choice > 10 ? "big" : "small";
    } finally {
      calls += 100;
    }
  }

  public void nothingReturned(StringBuilder out) {
    out.append("ran");
  }

  public static int throwsThrough(int value) throws IOException {
    if (value > 0) {
      throw new IOException("boom " + value);
    }
    return value;
  }

  /** A loop at the very first instruction: the method's first stack map frame is at offset 0. */
  public static int loopsFromTheStart(int countdown) {
    int steps = 0;
    while (true) {
      if (countdown-- <= 0) {
        return steps;
      }
      steps++;
    }
  }

  public static String handlesItsOwn(String text) {
    try {
      return Integer.toString(Integer.parseInt(text) * 2);
    } catch (NumberFormatException notANumber) {
      return "not a number: " + text;
    }
  }

  public static String switches(int day) {
    String name;
    switch (day) {
      case 1 -> name = "mon";
      case 2 -> name = "tue";
      case 3 -> name = "wed";
      default -> {
        long widen = day * 1000L;
        name = "day " + widen;
      }
    }
    return name;
  }

  public synchronized int synchronizedCount() {
    return ++calls;
  }

  public int calls() {
    return calls;
  }

  public static CompletableFuture<String> stage(CompletableFuture<String> given) {
    return given.thenApply(String::toUpperCase);
  }

  public static double doubleReturn(double a, long b) {
    double total = a;
    for (long i = 0; i < b; i++) {
      total += i;
    }
    return total;
  }

  public static int recurse(int depth) {
    return depth <= 0 ? 0 : 1 + recurse(depth - 1);
  }

  public static String rethrowsWrapped(boolean fail) {
    try {
      if (fail) {
        throw new IOException("disk");
      }
      return "fine";
    } catch (IOException wrapped) {
      throw new UncheckedIOException(wrapped);
    }
  }
}
