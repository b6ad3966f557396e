/**
 * The runtime behind every touchpoint: the one entry ({@link dev.touchpoint.runtime.TouchpointRuntime})
 * that generated code, the agent's advice and the programmatic API call, with descriptors built
 * once. Public because generated code and the agent call it; applications use
 * {@link dev.touchpoint.Experience} instead. Internal: not part of the public API, left out of the
 * published javadoc, and its signatures may change in any release.
 */
package dev.touchpoint.runtime;
