package dev.touchpoint.spring.outbound;

import dev.touchpoint.runtime.EndCustomerContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * For {@code RestClient} and {@code RestTemplate}: a call to a host that is not trusted goes out
 * without the end customer, whoever propagates. The header Spring's tracing wrote is rewritten, and
 * the call runs in a context without the end customer's baggage, for instrumentation further down
 * (the OpenTelemetry Java agent's HTTP client instrumentation) that writes the header itself.
 */
public final class EndCustomerStrippingInterceptor implements ClientHttpRequestInterceptor {

  private final TrustedHosts trustedHosts;

  public EndCustomerStrippingInterceptor(TrustedHosts trustedHosts) {
    this.trustedHosts = trustedHosts;
  }

  @Override
  public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
      throws IOException {
    if (trustedHosts.trusts(request.getURI())) {
      return execution.execute(request, body);
    }
    EndCustomerStripping.strip(request.getHeaders());
    try (Scope scope = EndCustomerContext.withoutCustomerBaggage(Context.current()).makeCurrent()) {
      return execution.execute(request, body);
    }
  }
}
