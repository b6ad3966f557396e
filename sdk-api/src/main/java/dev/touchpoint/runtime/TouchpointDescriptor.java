package dev.touchpoint.runtime;

import static dev.touchpoint.runtime.Arguments.requireNonBlank;

import dev.touchpoint.CustomerKind;
import dev.touchpoint.CxAttributes;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything known about one touchpoint before it is ever called: its names, its customer, its
 * promises and the span attributes they make. Built once (as a constant in generated code, at
 * transform time by the agent, once per {@code TouchpointDefinition}), so that a call does nothing
 * but the span work.
 *
 * <pre>{@code
 * static final TouchpointDescriptor PLACE_ORDER =
 *     TouchpointDescriptor.builder("checkout.place-order", CustomerKind.EXTERNAL)
 *         .customer("shopper")
 *         .journey("checkout")
 *         .promise(PromiseDescriptor.of("fast", "300ms"))
 *         .code("com.shop.Checkout", "placeOrder")
 *         .build();
 * }</pre>
 */
public final class TouchpointDescriptor extends CallDescriptor {

  private final CustomerKind serves;
  private final String customer;
  private final String journey;
  private final String owner;
  private final List<PromiseDescriptor> promises;
  private final String codeFunction;
  private final Attributes spanAttributes;
  // Everything a call's outcome needs, built once: evaluating a call allocates nothing.
  private final PromiseDescriptor[] promiseArray;
  private final List<String>[] brokenAlone;
  private final Attributes durationKept;
  private final Attributes durationBroken;
  private final Attributes[] promiseKept;
  private final Attributes[] promiseBroken;
  private final int slot;

  private TouchpointDescriptor(Builder builder) {
    super(builder.name, builder.className, methodKey(builder.methodName, builder.methodDescriptor));
    this.serves = builder.serves;
    this.customer = builder.customer;
    this.journey = builder.journey;
    this.owner = builder.owner;
    this.promises = List.copyOf(builder.promises);
    this.codeFunction = builder.codeFunction;
    this.spanAttributes = buildSpanAttributes();
    this.promiseArray = promises.toArray(new PromiseDescriptor[0]);
    this.brokenAlone = brokenAlone(promiseArray);
    this.durationKept = durationAttributes(true);
    this.durationBroken = durationAttributes(false);
    this.promiseKept = new Attributes[promiseArray.length];
    this.promiseBroken = new Attributes[promiseArray.length];
    for (int i = 0; i < promiseArray.length; i++) {
      promiseKept[i] = outcomeAttributes(promiseArray[i], "kept");
      promiseBroken[i] = outcomeAttributes(promiseArray[i], "broken");
      if (promiseArray[i].hasBound()) {
        DeclaredBounds.register(promiseArray[i].boundNanos());
      }
    }
    this.slot = PromiseOutcomes.slotFor(promiseKept);
  }

  /** Metric attributes: bounded by construction, the customer's kind and segment and never an id. */
  private Attributes durationAttributes(boolean kept) {
    AttributesBuilder attributes = Attributes.builder()
        .put(CxAttributes.TOUCHPOINT, name())
        .put(CxAttributes.CUSTOMER_KIND, serves.attributeValue());
    putIfPresent(attributes, CxAttributes.CUSTOMER_SEGMENT, customer);
    return attributes.put(CxAttributes.PROMISE_KEPT, kept).build();
  }

  private Attributes outcomeAttributes(PromiseDescriptor promise, String outcome) {
    return Attributes.of(CxAttributes.TOUCHPOINT, name(), CxAttributes.PROMISE, promise.name(),
        CxAttributes.PROMISE_OUTCOME, outcome);
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of lists, each immutable and read only here
  private static List<String>[] brokenAlone(PromiseDescriptor[] promises) {
    List<String>[] alone = new List[promises.length];
    for (int i = 0; i < promises.length; i++) {
      alone[i] = List.of(promises[i].name());
    }
    return alone;
  }

  PromiseDescriptor[] promiseArray() {
    return promiseArray;
  }

  /** {@code [name]} of promise {@code index}: the broken list when only it broke, built once. */
  List<String> brokenAlone(int index) {
    return brokenAlone[index];
  }

  Attributes durationMetricAttributes(boolean kept) {
    return kept ? durationKept : durationBroken;
  }

  Attributes outcomeAttributes(int promise, boolean kept) {
    return kept ? promiseKept[promise] : promiseBroken[promise];
  }

  /**
   * Starts a descriptor for the touchpoint {@code name}, serving customers of kind {@code serves}.
   *
   * @throws IllegalArgumentException when the name is null or blank, or {@code serves} is null
   */
  public static Builder builder(String name, CustomerKind serves) {
    return new Builder(name, serves);
  }

  private Attributes buildSpanAttributes() {
    AttributesBuilder attributes =
        Attributes.builder()
            .put(CxAttributes.TOUCHPOINT, name())
            .put(CxAttributes.CUSTOMER_KIND, serves.attributeValue());
    putIfPresent(attributes, CxAttributes.CUSTOMER_SEGMENT, customer);
    putIfPresent(attributes, CxAttributes.JOURNEY, journey);
    putIfPresent(attributes, CxAttributes.OWNER, owner);
    if (!promises.isEmpty()) {
      List<String> names = new ArrayList<>(promises.size());
      for (PromiseDescriptor promise : promises) {
        names.add(promise.name());
      }
      attributes.put(CxAttributes.PROMISES, names);
    }
    putIfPresent(attributes, CODE_FUNCTION_NAME, codeFunction);
    return attributes.build();
  }

  private static void putIfPresent(AttributesBuilder attributes, AttributeKey<String> key, String value) {
    if (value != null) {
      attributes.put(key, value);
    }
  }

  public CustomerKind serves() {
    return serves;
  }

  /** The segment or team served, when declared. */
  public Optional<String> customer() {
    return Optional.ofNullable(customer);
  }

  public Optional<String> journey() {
    return Optional.ofNullable(journey);
  }

  /** Where per-binding counters find this touchpoint's, without a map. */
  int slot() {
    return slot;
  }

  String journeyOrNull() {
    return journey;
  }

  public Optional<String> owner() {
    return Optional.ofNullable(owner);
  }

  /** The promises in force, in declaration order. */
  public List<PromiseDescriptor> promises() {
    return promises;
  }

  /** The code location as {@code code.function.name}, such as {@code com.shop.Checkout.placeOrder}. */
  public Optional<String> codeFunction() {
    return Optional.ofNullable(codeFunction);
  }

  @Override
  public Attributes spanAttributes() {
    return spanAttributes;
  }

  @Override
  public String toString() {
    return "Touchpoint[" + name() + " serves " + serves.attributeValue()
        + (customer == null ? "" : ":" + customer) + "]";
  }

  /** Builds a {@link TouchpointDescriptor}; optional parts that are not set are left out. */
  public static final class Builder {
    private final String name;
    private final CustomerKind serves;
    private String customer;
    private String journey;
    private String owner;
    private final List<PromiseDescriptor> promises = new ArrayList<>();
    private String codeFunction;
    private String className;
    private String methodName;
    private String methodDescriptor;

    private Builder(String name, CustomerKind serves) {
      this.name =
          requireNonBlank(
              name,
              "touchpoint name",
              "name it after what the customer experiences, e.g. \"checkout.place-order\"");
      this.serves =
          Arguments.requireNonNull(
              serves,
              "serves of touchpoint \"" + name + "\"",
              "every touchpoint answers \"who is your customer?\" with EXTERNAL, INTERNAL or PARTNER");
    }

    /** The segment or team served: "shopper", "finance". */
    public Builder customer(String customer) {
      this.customer = requireNonBlank(customer, "customer of touchpoint \"" + name + "\"",
          "name the segment or team served, e.g. \"shopper\", or leave it out");
      return this;
    }

    public Builder journey(String journey) {
      this.journey = requireNonBlank(journey, "journey of touchpoint \"" + name + "\"",
          "name the journey, e.g. \"checkout\", or leave it out");
      return this;
    }

    public Builder owner(String owner) {
      this.owner = requireNonBlank(owner, "owner of touchpoint \"" + name + "\"",
          "name the team that answers for this experience, or leave it out");
      return this;
    }

    /** Adds a promise in force; a name may be given once. */
    public Builder promise(PromiseDescriptor promise) {
      Arguments.requireNonNull(promise, "promise of touchpoint \"" + name + "\"",
          "pass PromiseDescriptor.of(name) or PromiseDescriptor.of(name, within)");
      for (PromiseDescriptor existing : promises) {
        if (existing.name().equals(promise.name())) {
          throw new IllegalArgumentException("promise \"" + promise.name()
              + "\" is given twice for touchpoint \"" + name + "\": give each promise once");
        }
      }
      promises.add(promise);
      return this;
    }

    /** The code location: the class's binary name and the method's name. */
    public Builder code(String className, String methodName) {
      this.className = requireNonBlank(className, "class name", "pass the class's binary name, e.g. com.shop.Checkout");
      this.methodName = requireNonBlank(methodName, "method name", "pass the method's simple name, e.g. placeOrder");
      this.codeFunction = className + "." + methodName;
      return this;
    }

    /**
     * The code location with the method's JVM descriptor, such as {@code (Lcom/shop/Cart;)V}, which
     * lets the runtime recognise an override calling the method it overrides as one call.
     */
    public Builder code(String className, String methodName, String methodDescriptor) {
      code(className, methodName);
      this.methodDescriptor = requireNonBlank(methodDescriptor, "method descriptor",
          "pass the JVM descriptor, e.g. (Ljava/lang/String;)V");
      return this;
    }

    public TouchpointDescriptor build() {
      return new TouchpointDescriptor(this);
    }
  }
}
