package shop;

/** No touchpoint: the weaver leaves it exactly as javac wrote it. */
public class Untouched {
  public String hello() {
    return "hello";
  }
}
