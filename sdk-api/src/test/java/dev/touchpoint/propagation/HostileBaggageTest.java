package dev.touchpoint.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.Customer;
import dev.touchpoint.CustomerKind;
import dev.touchpoint.CxAttributes;
import dev.touchpoint.Experience;
import dev.touchpoint.InboundCustomerPolicy;
import dev.touchpoint.TouchpointDefinition;
import dev.touchpoint.runtime.CustomerBaggage;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Baggage from outside is hostile until proven otherwise. Generated headers (malformed, oversized,
 * duplicate keys, spoofed kinds in every encoding and case, relayed claims, replayed and clear-id
 * pseudonyms) go through OpenTelemetry's own W3C propagator into a touchpoint, and through chains
 * of services configured every which way: nothing escapes, no outside caller is ever an internal
 * customer or partner at any hop, no hop records a pseudonym it did not make, and the limits hold.
 */
class HostileBaggageTest {

  @RegisterExtension static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  static final TouchpointDefinition RECEIVE =
      Experience.touchpoint("orders.receive", CustomerKind.EXTERNAL).customer("shopper").build();
  static final int HEADERS = 10_000;
  static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  static final Pattern PSEUDONYM = Pattern.compile("[0-9a-f]{8,64}");
  static final Set<String> KINDS = Set.of("internal", "INTERNAL", "Internal", "iNtErNaL", "partner", "PARTNER",
      "Partner", "%69nternal", "%49NTERNAL", "%70artner", "%70%61%72%74%6e%65%72", "internal%20", " internal",
      "internal;trusted=1", "int\u00e9rnal", "in\u0000ternal", "external", "External", "EXTERNAL", "%65xternal",
      "", "%", "%zz", "internal,external", "partner;touchpoint-key=00000000");

  final Random random = new Random(20261122);

  @BeforeEach
  void recordIntoTestSdk() {
    Experience.useOpenTelemetry(otel.getOpenTelemetry());
    Experience.useInboundCustomerPolicy(InboundCustomerPolicy.defaults());
  }

  @Test
  void tenThousandHostileHeadersNeverBreakTheServiceNorClaimAnInternalCustomer() {
    int acceptedExternal = 0;
    for (int i = 0; i < HEADERS; i++) {
      List<String> headers = hostileHeaders();
      Context inbound = W3CBaggagePropagator.getInstance().extract(Context.root(), headers, BAGGAGE);
      Baggage baggage = Baggage.fromContext(inbound);
      assertThat(baggage.size()).isLessThanOrEqualTo(64);
      assertThat(bytes(baggage)).isLessThanOrEqualTo(8192);

      otel.clearSpans();
      try (Scope scope = inbound.makeCurrent()) {
        RECEIVE.run(() -> {});
      }

      SpanData span = otel.getSpans().get(0);
      String kind = span.getAttributes().get(CxAttributes.END_CUSTOMER_KIND);
      String segment = span.getAttributes().get(CxAttributes.END_CUSTOMER_SEGMENT);
      String pseudonym = span.getAttributes().get(CxAttributes.ENDUSER_PSEUDO_ID);
      assertThat(kind).as("header %s", headers).isIn(null, "external");
      if (kind != null) {
        acceptedExternal++;
        assertThat(segment).matches(SEGMENT);
      } else {
        assertThat(segment).isNull();
      }
      if (pseudonym != null) {
        assertThat(pseudonym).matches(PSEUDONYM);
      }
      assertThat(span.getAttributes().size()).as("no header adds attributes beyond the end customer's three")
          .isLessThanOrEqualTo(RECEIVE.descriptor().spanAttributes().size() + 5);
    }
    assertThat(acceptedExternal).as("well-formed external claims are still accepted").isGreaterThan(HEADERS / 20);
  }

  static final int CHAINED_REQUESTS = 100_000;
  static final byte[] KEY = "the-key-every-service-here-shares-0001".getBytes(StandardCharsets.UTF_8);
  static final byte[] OTHER_KEY = "a-key-another-service-elsewhere-has-02".getBytes(StandardCharsets.UTF_8);

  @Test
  void aHundredThousandHostileRequestsThroughChainsOfServicesHonourNoSpoofAndRecordNoForeignPseudonym() {
    String victim = ServiceChain.sentBy(Customer.external("shopper").withId("victim@example.com"), KEY, true).get("baggage");
    String victimPseudonym = victim.replaceAll(".*enduser\\.pseudo\\.id=([0-9a-f]+).*", "$1");
    int admittedExternal = 0;
    try {
      for (int i = 0; i < CHAINED_REQUESTS; i++) {
        List<String> headers = random.nextInt(4) == 0 ? List.of(replayed(victim, victimPseudonym)) : hostileHeaders();
        ServiceChain chain = randomChain();
        otel.clearSpans();

        chain.call(headers.isEmpty() ? Map.of() : Map.of("baggage", String.join(",", headers)));

        for (SpanData span : otel.getSpans()) {
          String kind = span.getAttributes().get(CxAttributes.END_CUSTOMER_KIND);
          assertThat(kind).as("request %s at %s", headers, span.getName()).isIn(null, "external");
          assertThat(span.getAttributes().get(CxAttributes.ENDUSER_PSEUDO_ID))
              .as("request %s at %s", headers, span.getName()).isNull();
          if (kind != null) {
            admittedExternal++;
          }
        }
        for (Map<String, String> sent : chain.headersReceived.subList(1, chain.headersReceived.size())) {
          String relayed = sent.getOrDefault("baggage", "");
          assertThat(relayed).as("what went on after %s", headers)
              .doesNotContain("cx.customer.kind=internal", "cx.customer.kind=partner", "enduser.pseudo.id");
        }
      }
    } finally {
      ServiceChain.reset();
    }
    assertThat(admittedExternal).as("well-formed external claims are still admitted").isGreaterThan(CHAINED_REQUESTS / 20);
  }

  /**
   * Two or three services: an edge that an outside caller reaches, which admits at its edge or calls
   * on from inside its touchpoint, then services that trust their caller, or every caller, or not,
   * with the shared key, another key or none, sending pseudonyms on or not.
   */
  ServiceChain randomChain() {
    ServiceChain.Service edge = configured(ServiceChain.Service.named("edge"));
    if (random.nextBoolean()) {
      edge = edge.admittingAtTheEdge();
      if (random.nextBoolean()) {
        edge = edge.callingOutsideItsTouchpoint();
      }
    }
    ServiceChain.Service middle = configured(ServiceChain.Service.named("middle"));
    if (random.nextInt(3) > 0) {
      middle = middle.trustingItsCaller();
    }
    if (random.nextBoolean()) {
      return new ServiceChain(edge, middle);
    }
    return new ServiceChain(edge, middle, configured(ServiceChain.Service.named("back")).trustingItsCaller());
  }

  ServiceChain.Service configured(ServiceChain.Service service) {
    ServiceChain.Service configured = service.withKey(switch (random.nextInt(3)) {
      case 0 -> KEY;
      case 1 -> OTHER_KEY;
      default -> null;
    });
    if (random.nextInt(4) == 0) {
      configured = configured.withPolicy(InboundCustomerPolicy.defaults().allowingSegments("shopper", "finance"));
    }
    return random.nextBoolean() ? configured.sendingThePseudonym() : configured;
  }

  /** A victim's genuine header, replayed by someone else as it is or with a claim changed. */
  String replayed(String victim, String victimPseudonym) {
    return switch (random.nextInt(5)) {
      case 0 -> victim;
      case 1 -> victim.replace("cx.customer.kind=external", "cx.customer.kind=" + pick(KINDS));
      case 2 -> victim.replace(victimPseudonym, hex(32));
      case 3 -> victim.replace(victimPseudonym, pick(Set.of("4915112345678", "jane.doe%40example.com",
          victimPseudonym.toUpperCase(), victimPseudonym + "00")));
      default -> "cx.customer.kind=internal,cx.customer.segment=finance,enduser.pseudo.id=" + victimPseudonym
          + ";touchpoint-key=" + victim.replaceAll(".*touchpoint-key=([0-9a-f]+).*", "$1");
    };
  }

  /** One request's baggage headers: usually one, sometimes several, of one of many hostile shapes. */
  List<String> hostileHeaders() {
    List<String> headers = new ArrayList<>();
    int count = random.nextInt(10) == 0 ? 1 + random.nextInt(4) : 1;
    for (int i = 0; i < count; i++) {
      headers.add(switch (random.nextInt(7)) {
        case 0 -> spoofedKind();
        case 1 -> duplicateKeys();
        case 2 -> oversized();
        case 3 -> tooManyEntries();
        case 4 -> garbage();
        case 5 -> badSegmentOrPseudonym();
        default -> "cx.customer.kind=external,cx.customer.segment=" + word() + ",enduser.pseudo.id=" + hex(32);
      });
    }
    return headers;
  }

  String spoofedKind() {
    return "cx.customer.kind=" + pick(KINDS) + ",cx.customer.segment=" + word();
  }

  String duplicateKeys() {
    return "cx.customer.kind=external,cx.customer.segment=shopper,cx.customer.kind=" + pick(Set.of("internal", "partner"))
        + ",cx.customer.segment=" + word();
  }

  String oversized() {
    return "cx.customer.kind=external,cx.customer.segment=" + "s".repeat(60 + random.nextInt(9000))
        + ",other=" + "x".repeat(random.nextInt(9000));
  }

  String tooManyEntries() {
    StringBuilder header = new StringBuilder();
    int entries = 60 + random.nextInt(200);
    for (int i = 0; i < entries; i++) {
      header.append("k").append(i).append('=').append(word()).append(',');
    }
    return header.append("cx.customer.kind=internal,cx.customer.segment=finance").toString();
  }

  String garbage() {
    String alphabet = "=,;%\"\\ \t\u0000\u00ff\u2028abcXYZ019-._:/cx.customer.kind";
    StringBuilder header = new StringBuilder();
    int length = random.nextInt(300);
    for (int i = 0; i < length; i++) {
      header.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return header.toString();
  }

  String badSegmentOrPseudonym() {
    String segment = pick(Set.of("shopper bot", "a@b.example", "<script>", "shopper%0Acx.customer.kind=internal",
        "x".repeat(65), "\u0440\u043e\u0431\u043e\u0442", "shopper"));
    String pseudonym = pick(Set.of("not-hex", hex(100), "ABCDEF0123456789", hex(32), ""));
    return "cx.customer.kind=external,cx.customer.segment=" + segment + ",enduser.pseudo.id=" + pseudonym;
  }

  String word() {
    return "seg" + random.nextInt(1000);
  }

  String hex(int length) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < length; i++) {
      hex.append(Character.forDigit(random.nextInt(16), 16));
    }
    return hex.toString();
  }

  <T> T pick(Set<T> choices) {
    List<T> list = new ArrayList<>(choices);
    Collections.sort(list, (a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
    return list.get(random.nextInt(list.size()));
  }

  static int bytes(Baggage baggage) {
    int[] total = {0};
    baggage.forEach((key, entry) -> total[0] += key.getBytes(StandardCharsets.UTF_8).length
        + entry.getValue().getBytes(StandardCharsets.UTF_8).length + 1);
    return total[0];
  }

  static final TextMapGetter<List<String>> BAGGAGE = new TextMapGetter<>() {
    @Override
    @SuppressWarnings("deprecation") // deprecated in newer APIs, abstract in the older ones Touchpoint supports
    public Iterable<String> keys(List<String> headers) {
      return List.of("baggage");
    }

    @Override
    public String get(List<String> headers, String key) {
      return "baggage".equals(key) && !headers.isEmpty() ? headers.get(0) : null;
    }

    @Override
    public Iterator<String> getAll(List<String> headers, String key) {
      return "baggage".equals(key) ? headers.iterator() : Collections.emptyIterator();
    }
  };

  @Test
  void theDefaultPolicyIsTheStrictOne() {
    InboundCustomerPolicy defaults = InboundCustomerPolicy.defaults();
    assertThat(defaults.trustsEveryCaller()).isFalse();
    assertThat(defaults.accepts(CustomerKind.EXTERNAL, false)).isTrue();
    assertThat(defaults.accepts(CustomerKind.INTERNAL, false)).isFalse();
    assertThat(defaults.accepts(CustomerKind.PARTNER, false)).isFalse();
    assertThat(defaults.accepts(CustomerKind.PARTNER, true)).isTrue();
    assertThat(CustomerBaggage.isValidSegment("x".repeat(65))).isFalse();
  }
}
