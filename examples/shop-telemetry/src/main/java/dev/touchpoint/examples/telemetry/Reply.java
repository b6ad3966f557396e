package dev.touchpoint.examples.telemetry;

/** An HTTP answer between the shop's services: a status and a short text. */
public record Reply(int status, String body) {

  public static Reply ok(String body) {
    return new Reply(200, body);
  }

  public boolean isOk() {
    return status >= 200 && status < 300;
  }
}
