/**
 * The runtime behind every touchpoint: the one entry ({@link dev.touchpoint.runtime.TouchpointRuntime})
 * that generated code, the agent's advice and the programmatic API call, with descriptors built
 * once. Public because generated code and the agent call it; applications use
 * {@link dev.touchpoint.Experience} instead. Its signatures may change between minor versions.
 */
package dev.touchpoint.runtime;
