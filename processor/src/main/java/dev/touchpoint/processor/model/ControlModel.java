package dev.touchpoint.processor.model;

/** One {@code @Control} method: a process step guarding against risk, by name. */
public record ControlModel(String name, MethodSignature signature) implements InstrumentedModel {}
