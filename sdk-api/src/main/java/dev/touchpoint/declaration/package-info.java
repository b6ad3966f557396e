/**
 * Touchpoint declarations as written, in plain Java with no dependencies: latency bounds, how
 * promise levels merge, how a declaration travels as constants, and the oldest OpenTelemetry API
 * they are recorded with. Shared by the runtime, the annotation processor and the agent, so all
 * three read a declaration (and the API an application brings) the same way.
 */
package dev.touchpoint.declaration;
