package dev.touchpoint.spring.inbound;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.net.InetSocketAddress;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.util.ClassUtils;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Admits the end customer of every request a WebFlux application receives, under the service's
 * inbound policy ({@code touchpoint.inbound.*}). WebFlux keeps the request's span in the Reactor
 * context, not on a thread: the filter opens it, admits the end customer inside it, and keeps that
 * context current while the rest of the chain is subscribed to, which is when WebFlux finds the
 * handler and, for a request whose arguments need no body, calls it. Touchpoints there are children
 * of the request's span. The admitted context is also kept in the exchange's attributes under
 * {@link #ADMITTED_CONTEXT} for handlers that continue on another thread.
 */
public final class InboundCustomerWebFilter implements WebFilter {

  /** The exchange attribute that holds the admitted OpenTelemetry {@link Context}. */
  public static final String ADMITTED_CONTEXT = InboundCustomerWebFilter.class.getName() + ".context";

  private static final TextMapGetter<ServerHttpRequest> HEADERS = new TextMapGetter<>() {
    @Override
    public Iterable<String> keys(ServerHttpRequest request) {
      return request.getHeaders().headerNames();
    }

    @Override
    public String get(ServerHttpRequest request, String name) {
      return request == null ? null : request.getHeaders().getFirst(name);
    }
  };

  /** Whether Micrometer's observation API, through which Spring traces WebFlux requests, is here. */
  private static final boolean OBSERVATIONS = ClassUtils.isPresent(
      "io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor",
      InboundCustomerWebFilter.class.getClassLoader());

  private final InboundAdmission admission;

  public InboundCustomerWebFilter(InboundAdmission admission) {
    this.admission = admission;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    InetSocketAddress remote = request.getRemoteAddress();
    String address = remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();
    Mono<Void> rest = chain.filter(exchange);
    return Mono.deferContextual(reactor -> Mono.fromDirect(subscriber -> {
      try (ServerObservation.Opened requestSpan = openServerObservation(reactor)) {
        Context admitted = admission.admit(Context.current(), address, request, HEADERS);
        exchange.getAttributes().put(ADMITTED_CONTEXT, admitted);
        try (Scope scope = admitted.makeCurrent()) {
          rest.subscribe(subscriber);
        }
      }
    }));
  }

  private static ServerObservation.Opened openServerObservation(ContextView reactor) {
    return OBSERVATIONS ? ServerObservation.open(reactor) : ServerObservation.Opened.NONE;
  }
}
