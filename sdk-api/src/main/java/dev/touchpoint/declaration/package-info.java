/**
 * Touchpoint declarations as written, in plain Java with no dependencies: latency bounds, how
 * promise levels merge, and how a declaration travels as constants. Shared by the runtime, the
 * annotation processor and the agent, so all three read a declaration the same way.
 */
package dev.touchpoint.declaration;
