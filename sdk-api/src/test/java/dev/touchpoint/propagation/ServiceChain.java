package dev.touchpoint.propagation;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.EndCustomerPropagator;
import dev.touchpoint.Experience;
import dev.touchpoint.InboundCustomerPolicy;
import dev.touchpoint.ServingScope;
import dev.touchpoint.TouchpointDefinition;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Services that call one another in a line, simulated in this JVM one request at a time: each takes
 * the headers the previous one sent, extracts them with OpenTelemetry's W3C propagators, decides
 * whether it trusts its caller, runs its touchpoint and, inside it, injects the headers for the next.
 * Touchpoint's settings are per process, so each service applies its own (policy, key, whether the
 * pseudonym goes downstream) while it handles the request, as its own JVM would have them.
 */
final class ServiceChain {

  /**
   * One service: its name, policy and key, whether it trusts its caller, whether it sends the
   * pseudonym on, whether it propagates through Touchpoint's propagator, and whether it calls the
   * next service from outside its touchpoint.
   */
  record Service(String name, InboundCustomerPolicy policy, byte[] key, boolean trustsCaller, boolean sendsPseudonym,
      boolean admitsAtTheEdge, boolean callsOutsideTouchpoint) {

    static Service named(String name) {
      return new Service(name, InboundCustomerPolicy.defaults(), null, false, false, false, false);
    }

    Service trustingItsCaller() {
      return new Service(name, policy, key, true, sendsPseudonym, admitsAtTheEdge, callsOutsideTouchpoint);
    }

    Service withPolicy(InboundCustomerPolicy newPolicy) {
      return new Service(name, newPolicy, key, trustsCaller, sendsPseudonym, admitsAtTheEdge, callsOutsideTouchpoint);
    }

    Service withKey(byte[] newKey) {
      return new Service(name, policy, newKey, trustsCaller, sendsPseudonym, admitsAtTheEdge, callsOutsideTouchpoint);
    }

    Service sendingThePseudonym() {
      return new Service(name, policy, key, trustsCaller, true, admitsAtTheEdge, callsOutsideTouchpoint);
    }

    /** Propagates through {@link EndCustomerPropagator}, wrapped around the W3C propagators. */
    Service admittingAtTheEdge() {
      return new Service(name, policy, key, trustsCaller, sendsPseudonym, true, callsOutsideTouchpoint);
    }

    /** Calls the next service after its touchpoint, from the request's own context. */
    Service callingOutsideItsTouchpoint() {
      return new Service(name, policy, key, trustsCaller, sendsPseudonym, admitsAtTheEdge, true);
    }

    TextMapPropagator propagator() {
      return admitsAtTheEdge ? EndCustomerPropagator.wrapping(W3C) : W3C;
    }

    TouchpointDefinition touchpoint() {
      return Experience.touchpoint(name + ".handle", CustomerKind.INTERNAL).customer("caller").build();
    }
  }

  static final TextMapPropagator W3C = TextMapPropagator.composite(
      W3CTraceContextPropagator.getInstance(), W3CBaggagePropagator.getInstance());

  private final List<Service> services;
  private final List<TouchpointDefinition> touchpoints = new ArrayList<>();
  /** The headers each service received, in order; the last entry is what the last one sent on. */
  final List<Map<String, String>> headersReceived = new ArrayList<>();

  ServiceChain(Service... services) {
    this.services = List.of(services);
    for (Service service : services) {
      touchpoints.add(service.touchpoint());
    }
  }

  /** Sends {@code headers} to the first service; returns the headers the last one sent on. */
  Map<String, String> call(Map<String, String> headers) {
    headersReceived.clear();
    Map<String, String> next = headers;
    for (int i = 0; i < services.size(); i++) {
      headersReceived.add(next);
      next = handle(services.get(i), touchpoints.get(i), next);
    }
    headersReceived.add(next);
    return next;
  }

  private static Map<String, String> handle(Service service, TouchpointDefinition touchpoint, Map<String, String> received) {
    Experience.useInboundCustomerPolicy(service.policy());
    Experience.usePseudonymKey(service.key());
    String sending = service.sendsPseudonym() ? "true" : null;
    if (sending == null) {
      System.clearProperty("touchpoint.pseudonym.propagate");
    } else {
      System.setProperty("touchpoint.pseudonym.propagate", sending);
    }
    Map<String, String> sent = new HashMap<>();
    TextMapPropagator propagator = service.propagator();
    Context inbound = propagator.extract(Context.root(), received, HEADERS);
    try (Scope request = inbound.makeCurrent();
        ServingScope trust = service.trustsCaller() ? Experience.fromTrustedPeer() : () -> {}) {
      if (service.callsOutsideTouchpoint()) {
        touchpoint.run(() -> {});
        propagator.inject(Context.current(), sent, Map::put);
      } else {
        touchpoint.run(() -> propagator.inject(Context.current(), sent, Map::put));
      }
    }
    return sent;
  }

  /**
   * The headers a service that serves {@code customer} sends, with {@code key} and, if asked, its
   * pseudonym: what a genuine caller upstream of the chain would send.
   */
  static Map<String, String> sentBy(dev.touchpoint.Customer customer, byte[] key, boolean sendsPseudonym) {
    Experience.usePseudonymKey(key);
    if (sendsPseudonym) {
      System.setProperty("touchpoint.pseudonym.propagate", "true");
    }
    Map<String, String> sent = new HashMap<>();
    try (ServingScope serving = Experience.serving(customer)) {
      W3C.inject(Context.current(), sent, Map::put);
    } finally {
      reset();
    }
    return sent;
  }

  static void reset() {
    Experience.useInboundCustomerPolicy(InboundCustomerPolicy.defaults());
    Experience.usePseudonymKey(null);
    System.clearProperty("touchpoint.pseudonym.propagate");
  }

  static final TextMapGetter<Map<String, String>> HEADERS = new TextMapGetter<>() {
    @Override
    @SuppressWarnings("deprecation") // deprecated in newer APIs, abstract in the older ones Touchpoint supports
    public Iterable<String> keys(Map<String, String> carrier) {
      return carrier.keySet();
    }

    @Override
    public String get(Map<String, String> carrier, String key) {
      return carrier == null ? null : carrier.get(key);
    }
  };

  static Map<String, String> baggage(String header) {
    return header == null ? Collections.emptyMap() : Map.of("baggage", header);
  }
}
