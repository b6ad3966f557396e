package dev.touchpoint.spring.outbound;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * For {@code WebClient}: a call to a host that is not trusted goes out without the end customer's
 * entries in its {@code baggage} header.
 */
public final class EndCustomerStrippingFilter implements ExchangeFilterFunction {

  private final TrustedHosts trustedHosts;

  public EndCustomerStrippingFilter(TrustedHosts trustedHosts) {
    this.trustedHosts = trustedHosts;
  }

  @Override
  public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
    if (trustedHosts.trusts(request.url())) {
      return next.exchange(request);
    }
    return next.exchange(ClientRequest.from(request).headers(EndCustomerStripping::strip).build());
  }
}
