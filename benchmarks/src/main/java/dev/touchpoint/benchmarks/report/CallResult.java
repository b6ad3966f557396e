package dev.touchpoint.benchmarks.report;

/** One JMH result: a variant of the call, in one SDK state, its time and its allocation per call. */
public record CallResult(String variant, String state, double nanos, double error, double bytes) {}
