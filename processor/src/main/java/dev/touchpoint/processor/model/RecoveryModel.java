package dev.touchpoint.processor.model;

/** One {@code @Recovery} method: a service-recovery path, by name. */
public record RecoveryModel(String name, MethodSignature signature) implements InstrumentedModel {}
