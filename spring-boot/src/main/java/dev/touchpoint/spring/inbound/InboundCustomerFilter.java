package dev.touchpoint.spring.inbound;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits the end customer of every request a servlet application receives, under the service's
 * inbound policy ({@code touchpoint.inbound.*}), and handles the request in that context. Runs
 * after the application's tracing filter, inside the request's span.
 */
public final class InboundCustomerFilter extends OncePerRequestFilter {

  private static final TextMapGetter<HttpServletRequest> HEADERS = new TextMapGetter<>() {
    @Override
    public Iterable<String> keys(HttpServletRequest request) {
      return Collections.list(request.getHeaderNames());
    }

    @Override
    public String get(HttpServletRequest request, String name) {
      return request == null ? null : request.getHeader(name);
    }
  };

  private final InboundAdmission admission;

  public InboundCustomerFilter(InboundAdmission admission) {
    this.admission = admission;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Context admitted = admission.admit(Context.current(), request.getRemoteAddr(), request, HEADERS);
    try (Scope scope = admitted.makeCurrent()) {
      chain.doFilter(request, response);
    }
  }

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }
}
