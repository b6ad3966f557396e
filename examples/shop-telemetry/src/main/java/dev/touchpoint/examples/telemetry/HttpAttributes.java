package dev.touchpoint.examples.telemetry;

import io.opentelemetry.api.common.AttributeKey;

/** The few OpenTelemetry HTTP semantic-convention attributes the shop's HTTP spans carry. */
final class HttpAttributes {

  static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
  static final AttributeKey<String> URL = AttributeKey.stringKey("url.full");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");

  private HttpAttributes() {}
}
