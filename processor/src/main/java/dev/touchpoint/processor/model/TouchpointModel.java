package dev.touchpoint.processor.model;

import java.util.List;

/**
 * One {@code @Touchpoint} method, checked: everything the generated descriptor and the experience
 * map say about it. Optional parts are null when not declared.
 *
 * @param serves the {@code CustomerKind} constant's name: EXTERNAL, INTERNAL or PARTNER
 * @param generatedClass the generated decorator or subclass that instruments it, or null when the
 *     method is left to the agent
 */
public record TouchpointModel(
    String name,
    String serves,
    String customer,
    String journey,
    String owner,
    List<PromiseModel> promises,
    MethodSignature signature,
    String generatedClass) implements InstrumentedModel {

  public TouchpointModel {
    promises = List.copyOf(promises);
  }

  /** Whether two declarations of one name describe the same experience. */
  public boolean sameExperienceAs(TouchpointModel other) {
    return serves.equals(other.serves)
        && java.util.Objects.equals(customer, other.customer)
        && java.util.Objects.equals(journey, other.journey)
        && java.util.Objects.equals(owner, other.owner);
  }

  /** "serves EXTERNAL customer "shopper", journey "checkout"", for messages. */
  public String describeExperience() {
    StringBuilder text = new StringBuilder("serves ").append(serves);
    if (customer != null) {
      text.append(" customer \"").append(customer).append('"');
    }
    if (journey != null) {
      text.append(", journey \"").append(journey).append('"');
    }
    if (owner != null) {
      text.append(", owner \"").append(owner).append('"');
    }
    return text.toString();
  }

  public TouchpointModel withGeneratedClass(String generatedClass) {
    return new TouchpointModel(
        name, serves, customer, journey, owner, promises, signature, generatedClass);
  }
}
