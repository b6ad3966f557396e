package dev.touchpoint.testkit;

import dev.touchpoint.CxAttributes;
import dev.touchpoint.CustomerKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one call of a touchpoint: whom it served, what it promised, how it went. */
public final class TouchpointAssert extends AbstractAssert<TouchpointAssert, SpanData> {

  private final List<SpanData> all;

  TouchpointAssert(SpanData call, List<SpanData> all) {
    super(call, TouchpointAssert.class);
    this.all = all;
  }

  private String name() {
    return actual.getAttributes().get(CxAttributes.TOUCHPOINT);
  }

  /** Verifies the customer this touchpoint serves: its kind and segment. */
  public TouchpointAssert served(CustomerKind kind, String segment) {
    String servedKind = actual.getAttributes().get(CxAttributes.CUSTOMER_KIND);
    String servedSegment = actual.getAttributes().get(CxAttributes.CUSTOMER_SEGMENT);
    if (!kind.attributeValue().equals(servedKind) || !Objects.equals(segment, servedSegment)) {
      failWithMessage("Expected %s to serve %s \"%s\", but it served %s \"%s\"", name(), kind, segment, servedKind,
          servedSegment);
    }
    return this;
  }

  /** Verifies the end customer the whole request served, as this call knew it. */
  public TouchpointAssert servedEndCustomer(CustomerKind kind, String segment) {
    String endKind = actual.getAttributes().get(CxAttributes.END_CUSTOMER_KIND);
    String endSegment = actual.getAttributes().get(CxAttributes.END_CUSTOMER_SEGMENT);
    if (!kind.attributeValue().equals(endKind) || !Objects.equals(segment, endSegment)) {
      failWithMessage("Expected %s to serve the end customer %s \"%s\", but its end customer was %s", name(), kind,
          segment, endKind == null ? "none" : endKind + " \"" + endSegment + "\"");
    }
    return this;
  }

  /** Verifies that this call knew no end customer. */
  public TouchpointAssert hasNoEndCustomer() {
    String endKind = actual.getAttributes().get(CxAttributes.END_CUSTOMER_KIND);
    if (endKind != null) {
      failWithMessage("Expected %s to have no end customer, but it served %s \"%s\"", name(), endKind,
          actual.getAttributes().get(CxAttributes.END_CUSTOMER_SEGMENT));
    }
    return this;
  }

  /** Verifies that this call declared the promise {@code promise} and kept it. */
  public TouchpointAssert keptPromise(String promise) {
    declared(promise);
    List<String> broken = Spans.orEmpty(actual.getAttributes().get(CxAttributes.PROMISE_BROKEN));
    if (broken.contains(promise)) {
      failWithMessage("Expected %s to keep promise \"%s\", but it broke %s", name(), promise, broken);
    }
    return this;
  }

  /** Verifies that this call declared the promise {@code promise} and broke it. */
  public TouchpointAssert brokePromise(String promise) {
    declared(promise);
    List<String> broken = Spans.orEmpty(actual.getAttributes().get(CxAttributes.PROMISE_BROKEN));
    if (!broken.contains(promise)) {
      failWithMessage("Expected %s to break promise \"%s\", but it broke %s", name(), promise,
          broken.isEmpty() ? "none" : broken);
    }
    return this;
  }

  /** Verifies that this call kept every promise it declared. */
  public TouchpointAssert keptEveryPromise() {
    List<String> broken = Spans.orEmpty(actual.getAttributes().get(CxAttributes.PROMISE_BROKEN));
    if (!broken.isEmpty()) {
      failWithMessage("Expected %s to keep every promise, but it broke %s", name(), broken);
    }
    return this;
  }

  private void declared(String promise) {
    List<String> promises = Spans.orEmpty(actual.getAttributes().get(CxAttributes.PROMISES));
    if (!promises.contains(promise)) {
      failWithMessage("Expected %s to promise \"%s\", but it promises %s", name(), promise, promises);
    }
  }

  /** Verifies that this call, the entry of its journey, was right the first time. */
  public TouchpointAssert wasFirstTimeRight() {
    return firstTimeRight(true);
  }

  /** Verifies that this call, the entry of its journey, was not right the first time. */
  public TouchpointAssert wasNotFirstTimeRight() {
    return firstTimeRight(false);
  }

  private TouchpointAssert firstTimeRight(boolean expected) {
    Boolean firstTimeRight = actual.getAttributes().get(CxAttributes.JOURNEY_FIRST_TIME_RIGHT);
    if (firstTimeRight == null) {
      failWithMessage("Expected %s to say whether its journey was first time right, but it is not a journey's entry"
          + " (no cx.journey.first_time_right)", name());
    }
    if (firstTimeRight != expected) {
      failWithMessage("Expected %s %s first time right, but it %s", name(), expected ? "to be" : "not to be",
          firstTimeRight ? "was" : "was not");
    }
    return this;
  }

  /** Verifies the journey this touchpoint is part of. */
  public TouchpointAssert inJourney(String journey) {
    return attribute("journey", journey, actual.getAttributes().get(CxAttributes.JOURNEY));
  }

  /** Verifies the team that answers for this touchpoint. */
  public TouchpointAssert ownedBy(String owner) {
    return attribute("owner", owner, actual.getAttributes().get(CxAttributes.OWNER));
  }

  private TouchpointAssert attribute(String what, String expected, String recorded) {
    if (!Objects.equals(expected, recorded)) {
      failWithMessage("Expected %s's %s to be \"%s\", but it was %s", name(), what, expected,
          recorded == null ? "not set" : "\"" + recorded + "\"");
    }
    return this;
  }

  /** Verifies that the recovery path {@code recovery} ran inside this call. */
  public TouchpointAssert recoveredBy(String recovery) {
    boolean ran = all.stream().anyMatch(span -> recovery.equals(span.getAttributes().get(CxAttributes.RECOVERY))
        && isInside(span));
    if (!ran) {
      failWithMessage("Expected recovery %s to run inside %s, but it did not", recovery, name());
    }
    return this;
  }

  /** Verifies that the control {@code control} (a fraud check, an approval) ran inside this call. */
  public TouchpointAssert ranControl(String control) {
    boolean ran = all.stream().anyMatch(span -> control.equals(span.getAttributes().get(CxAttributes.CONTROL)) && isInside(span));
    if (!ran) {
      failWithMessage("Expected control %s to run inside %s, but it did not", control, name());
    }
    return this;
  }

  /** Whether {@code span} is this call or below it, following parent span ids. */
  private boolean isInside(SpanData span) {
    SpanData at = span;
    for (int depth = 0; at != null && depth <= all.size(); depth++) {
      if (at.getSpanId().equals(actual.getSpanId())) {
        return true;
      }
      String parentId = at.getParentSpanId();
      at = all.stream().filter(candidate -> candidate.getSpanId().equals(parentId)).findFirst().orElse(null);
    }
    return false;
  }

  /** Verifies that this call ended with an exception. */
  public TouchpointAssert failed() {
    if (actual.getStatus().getStatusCode() != StatusCode.ERROR) {
      failWithMessage("Expected %s to fail, but it ended normally", name());
    }
    return this;
  }

  /** Verifies that this call ended normally. */
  public TouchpointAssert succeeded() {
    if (actual.getStatus().getStatusCode() == StatusCode.ERROR) {
      failWithMessage("Expected %s to end normally, but it failed: %s", name(), actual.getStatus().getDescription());
    }
    return this;
  }
}
