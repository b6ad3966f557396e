/**
 * Touchpoint declarations as written, in plain Java with no dependencies: latency bounds, how
 * promise levels merge, how a declaration travels as constants, the oldest OpenTelemetry API they
 * are recorded with and the OpenTelemetry Java agent they may be recorded beside. Shared by the
 * runtime, the annotation processor and the agent, so all three read a declaration (and the
 * OpenTelemetry set-up around it) the same way. Internal: not part of the public API, left out of
 * the published javadoc, and free to change in any release.
 */
package dev.touchpoint.declaration;
