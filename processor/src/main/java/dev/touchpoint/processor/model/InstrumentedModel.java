package dev.touchpoint.processor.model;

/** A method generated code instruments: a touchpoint, a recovery path or a control. */
public sealed interface InstrumentedModel permits TouchpointModel, RecoveryModel, ControlModel {

  String name();

  MethodSignature signature();
}
